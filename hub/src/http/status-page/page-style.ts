/**
 * The page's look, phone first (390 px wide), large text, every text at least 7:1 against its
 * background. The call is black on yellow: the one thing on the page that must not be missed.
 */
export const STATUS_PAGE_CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f3f4f6;color:#111;font-size:1.15rem;line-height:1.4}
header{background:#0b2a55;color:#fff;padding:.8rem 1rem;text-align:center}
header p{margin:0;font-size:1rem}header h1{margin:.15rem 0 0;font-size:1.3rem}
main{padding:1rem;max-width:30rem;margin:0 auto}
.ticket{text-align:center}
.label{font-size:1.1rem;margin:0}
.number{font-size:4.5rem;font-weight:800;color:#0b2a55;margin:0;line-height:1.1;letter-spacing:.02em}
.service{font-size:1.4rem;font-weight:700;margin:0 0 1rem}
.state{font-size:1.5rem;font-weight:700;text-align:center;background:#fff;border-radius:.8rem;padding:1rem;border:3px solid #0b2a55;margin:0 0 1rem}
.state.called{background:#ffd600;color:#000;border:5px solid #000;font-size:2rem;line-height:1.25;padding:1.4rem 1rem}
@media (prefers-reduced-motion:no-preference){.state.called{animation:pulse 1.2s ease-in-out 4}}
@keyframes pulse{50%{transform:scale(1.04)}}
.state.done{border-color:#14532d}
.figures{display:grid;grid-template-columns:1fr 1fr;gap:.6rem;margin:0 0 .8rem}
.figures div{background:#fff;border-radius:.8rem;padding:.8rem .5rem;text-align:center;border:2px solid #c7ccd6}
.figures dt{font-size:1rem;font-weight:600}
.figures dd{margin:.2rem 0 0;font-size:2.6rem;font-weight:800;color:#0b2a55;line-height:1.1}
.figures dd.wait{font-size:1.5rem;padding-top:.5rem}
.advice{font-size:1.15rem;text-align:center;margin:.4rem 0 1rem}
.online{background:#fff;border-radius:.8rem;padding:.8rem 1rem;border:2px solid #c7ccd6;margin-top:1rem}
.online h2{font-size:1.3rem;margin:0 0 .3rem;color:#0b2a55}.online p{margin:0 0 .5rem;font-size:1.05rem}
.online ul{margin:0;padding-left:1.2rem}.online li{margin:.5rem 0}.online li span{font-size:1.05rem}
a{color:#0b3d91;text-decoration:underline}
.note{color:#333;font-size:1rem;text-align:center;margin-top:1.2rem}
.thanks{font-size:1.5rem;font-weight:700;text-align:center;color:#14532d;margin:1rem 0}
.rating fieldset{border:0;margin:0;padding:0;min-width:0}
.rating legend{padding:0;width:100%;text-align:center}
.rating h2{font-size:1.6rem;margin:.2rem 0;color:#0b2a55}
.hint{font-size:1rem;margin:.2rem 0 .8rem;text-align:center;color:#333}
.faces{display:grid;grid-template-columns:repeat(5,1fr);gap:.35rem}
.faces input{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.faces label{display:flex;flex-direction:column;align-items:center;gap:.3rem;padding:.5rem .15rem;min-height:6.5rem;background:#fff;border:3px solid #c7ccd6;border-radius:.8rem;font-size:.95rem;font-weight:600;text-align:center;line-height:1.15;cursor:pointer}
.faces .face{width:3rem;height:3rem}
.faces input:checked+label{border-color:#0b2a55;background:#dbe8ff;box-shadow:0 0 0 2px #0b2a55}
.faces input:focus-visible+label{outline:4px solid #000;outline-offset:2px}
.comment-label{display:block;font-weight:700;margin-top:1.2rem}
.rating .hint#comment-hint{text-align:left;margin:.1rem 0 .3rem}
textarea{width:100%;font:inherit;padding:.6rem;border:2px solid #555;border-radius:.5rem}
button{display:block;width:100%;margin-top:1rem;padding:1rem;font:inherit;font-size:1.3rem;font-weight:700;color:#fff;background:#0b2a55;border:0;border-radius:.8rem;cursor:pointer}
button:focus-visible{outline:4px solid #000;outline-offset:3px}
.back{display:block;text-align:center;font-size:1.2rem;margin-top:1.2rem}
`;
