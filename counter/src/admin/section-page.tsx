import type { ComponentType, ReactNode } from 'react';
import { AdminPage } from './admin-page';
import { useAdminSession } from './admin-session';

/**
 * A page holding one section's form. The form is keyed by the configuration's revision, so after
 * a save (or a reload) it starts again from the configuration as the hub now holds it.
 */
export function SectionPage({
  title,
  intro,
  form: Form,
}: {
  title: string;
  intro: string;
  form: ComponentType;
}): ReactNode {
  const { revision } = useAdminSession();
  return (
    <AdminPage title={title} intro={intro}>
      <Form key={revision} />
    </AdminPage>
  );
}
