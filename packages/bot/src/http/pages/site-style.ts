/**
 * The one stylesheet of the site, served as `/style.css` (a strict CSP allows no inline style).
 * System fonts only; colours meet WCAG AA contrast on white; one column below 40em; print drops
 * the navigation and the buttons and writes link targets out.
 */
export const SITE_STYLE = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Ubuntu,Cantarell,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff}
body{margin:0}
a{color:#0b4f8a}
a:hover,a:focus{color:#062f55}
:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5em}
.skip:focus{left:.5em}
header.site,main,footer.site{max-width:60rem;margin:0 auto;padding:0 1rem}
header.site{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 1.5rem;padding-top:1rem;padding-bottom:.75rem;border-bottom:2px solid #0b4f8a}
.site-name{font-weight:700;font-size:1.15rem;text-decoration:none;color:#1a1a1a}
header.site ul,.filter ul,.buttons{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1rem}
header.site a[aria-current=page],.filter a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
main{padding-top:1rem;padding-bottom:2rem}
h1{font-size:1.9rem;line-height:1.2;margin:.5rem 0}
h2{font-size:1.4rem;margin:2rem 0 .5rem}
h3{font-size:1.1rem;margin:1.25rem 0 .25rem}
.motto{font-size:1.15rem;font-style:italic;color:#404040;margin-top:0}
.filter{margin:1rem 0;padding:.75rem;background:#f2f5f8;border-radius:.4rem}
.filter p{margin:0 0 .25rem;font-weight:600}
.meetings{list-style:none;margin:0;padding:0}
.meeting{padding:.6rem 0;border-bottom:1px solid #d0d7de}
.meeting p{margin:0}
.when{font-weight:600}
.what a{font-size:1.05rem}
.target,.place,.moved-from{color:#404040}
.status{display:inline-block;font-size:.85rem;font-weight:600;padding:0 .4em;border-radius:.25em;border:1px solid currentColor}
.status-planned{color:#0a5c2b}
.status-moved{color:#8a4b00}
.status-cancelled{color:#a11a1a}
.status-held,.status-past{color:#404040}
.status .moved-from{font-weight:400}
.cancelled .what a{text-decoration:line-through}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}
.facts dt{font-weight:600}
.facts dd{margin:0}
.button{display:inline-block;padding:.5em 1em;border:2px solid #0b4f8a;border-radius:.4em;text-decoration:none;font-weight:600;background:#fff}
.button:hover,.button:focus{background:#e6eef6}
pre{white-space:pre-wrap;word-break:break-all;background:#f2f5f8;padding:.75rem;border-radius:.4rem}
code.url{word-break:break-all}
.members-note,.more{color:#404040;font-style:italic}
footer.site{border-top:1px solid #d0d7de;padding-top:1rem;padding-bottom:2rem;color:#404040;font-size:.9rem}
body.widget main{max-width:none;padding:.5rem}
body.widget h1{font-size:1.2rem;margin:0 0 .25rem}
body.widget .meeting{padding:.35rem 0}
body.widget .more{margin:.5rem 0 0}
@media (max-width:40em){
h1{font-size:1.5rem}
.facts{grid-template-columns:1fr}
.facts dd{margin-bottom:.4rem}
}
@media print{
header.site nav,.skip,.filter,.add,footer.site a{display:none}
a{color:#000;text-decoration:none}
main a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em;word-break:break-all}
.meeting{break-inside:avoid}
}
`.trim();
