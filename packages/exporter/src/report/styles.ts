import { HIGHLIGHT_KINDS } from "./highlight-kinds.js";

/** The colour that marks the selected record's spans and row. */
export const SELECTED_COLOUR = "#e4572e";

const kindRules = HIGHLIGHT_KINDS.filter((k) => k.kind !== "passage" && k.kind !== "unattached")
  .map((k) => `.k-${k.kind}{background:${k.background};box-shadow:inset 0 -2px 0 ${k.border};}`)
  .join("\n");

const passage = HIGHLIGHT_KINDS.find((k) => k.kind === "passage");
const unattached = HIGHLIGHT_KINDS.find((k) => k.kind === "unattached");

/** The page's whole style sheet: system fonts only, nothing fetched. */
export const REPORT_CSS = `
*{box-sizing:border-box;}
html,body{margin:0;height:100%;}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1d1d1f;background:#f6f6f4;display:flex;flex-direction:column;}
header{padding:8px 16px;background:#20303f;color:#fff;display:flex;gap:16px;align-items:baseline;flex-wrap:wrap;}
header h1{font-size:18px;margin:0;}
header p{margin:0;opacity:.85;}
header p.notice{flex-basis:100%;opacity:1;background:#fff3c4;color:#20303f;padding:4px 8px;border-radius:3px;}
main{flex:1;display:grid;grid-template-columns:minmax(0,1.15fr) minmax(0,1fr);min-height:0;}
.pane{overflow:auto;padding:12px 16px;min-height:0;}
#records-pane{border-right:1px solid #d0d0d0;}
h2{font-size:16px;margin:16px 0 8px;}
h3{font-size:14px;margin:12px 0 6px;}
h3 small{font-weight:normal;color:#666;}
.controls{display:flex;gap:8px;align-items:center;padding:0 0 8px;}
.controls input{flex:1;font:inherit;padding:4px 8px;border:1px solid #999;border-radius:4px;}
.hint{color:#666;}
table{border-collapse:collapse;width:100%;background:#fff;}
th,td{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top;}
td.num{text-align:right;white-space:nowrap;}
th{background:#eceae4;position:sticky;top:0;z-index:1;}
.table-wrap{max-height:55vh;overflow:auto;border:1px solid #ccc;}
.table-wrap table{border:0;}
td{overflow-wrap:anywhere;}
#records td:first-child{white-space:nowrap;overflow-wrap:normal;font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;}
th button{all:unset;cursor:pointer;font-weight:600;display:block;width:100%;}
th button:focus-visible{outline:2px solid ${SELECTED_COLOUR};}
th[aria-sort="ascending"] button::after{content:" \\25B2";}
th[aria-sort="descending"] button::after{content:" \\25BC";}
#records tbody tr{cursor:pointer;}
#records tbody tr:hover{background:#f3f7ff;}
#records tbody tr.selected{background:#ffe7de;outline:2px solid ${SELECTED_COLOUR};outline-offset:-2px;}
#unattached-table tbody tr{cursor:pointer;}
#details{background:#fff;border:1px solid #ddd;border-radius:6px;padding:4px 12px 12px;margin-top:12px;}
#details dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0;}
#details dt{font-weight:600;color:#444;}
#details dd{margin:0;}
#details ul{margin:4px 0;padding-left:20px;}
#details button{font:inherit;font-size:12px;padding:0 6px;margin-left:4px;cursor:pointer;}
.evidence td:nth-child(-n+3){white-space:nowrap;overflow-wrap:normal;}
.merged{color:#1d6b2a;font-weight:600;}
.apart{color:#9b2c2c;font-weight:600;}
.w-pos{color:#1d6b2a;}
.w-neg{color:#9b2c2c;}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:6px 12px;padding:6px 8px;margin:0 0 8px;background:#fff;border:1px solid #ddd;border-radius:6px;position:sticky;top:-12px;z-index:2;}
.doc{background:#fff;border:1px solid #ddd;border-radius:6px;padding:0 12px 8px;margin-bottom:12px;}
.text{white-space:pre-wrap;word-wrap:break-word;font:13px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;}
.hl{border-radius:2px;}
${kindRules}
.k-passage{border-top:1px solid ${passage?.border ?? "#777"};border-bottom:1px solid ${passage?.border ?? "#777"};}
.k-passage.first{border-left:1px solid ${passage?.border ?? "#777"};padding-left:1px;}
.k-passage.last{border-right:1px solid ${passage?.border ?? "#777"};padding-right:1px;}
.k-unattached{outline:2px dashed ${unattached?.border ?? "#d1342f"};outline-offset:1px;}
.k-passage.sel{background:#fff1ec;border-color:${SELECTED_COLOUR};border-top-width:2px;border-bottom-width:2px;}
.k-passage.sel.first{border-left-width:2px;}
.k-passage.sel.last{border-right-width:2px;}
.hl.sel:not(.k-passage){box-shadow:inset 0 -2px 0 ${SELECTED_COLOUR},0 0 0 2px ${SELECTED_COLOUR};}
.flash{animation:flash 1.2s ease-out 1;}
@keyframes flash{from{background:#ffb199;}}
.problems li{color:#9b2c2c;}
@media (max-width:900px){main{grid-template-columns:1fr;}#records-pane{border-right:0;}}
`;
