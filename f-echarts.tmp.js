const echarts = require('echarts');
const d = require('./libs/domain/dist/index.js');
const chart = { id: 'budget_by_funding_source', title: 'T', categoryLabel: 'C', categories: ['A', 'B', 'C'], series: [{ name: 'Previsto', values: [100000, 200000, 50000] }, { name: 'Speso', values: [1000, 0, 3000] }], unit: 'cents' };
const i = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 300 });
i.setOption(d.chartOption(chart));
const svg = i.renderToSVGString();
console.log(svg.length, (svg.match(/<path[^>]*fill="#0066CC"/gi) || []).length, (svg.match(/<path[^>]*fill="#F73E5A"/gi) || []).length);
console.log((svg.match(/<path[^>]*>/g)||[]).slice(0,12).join('\n'));
