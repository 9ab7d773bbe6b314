// Adds Testing Library's DOM matchers (toBeInTheDocument, …) to every component test.
import '@testing-library/jest-dom/vitest';
