import { legendBand, TITLE_BAND, toSvg, type Scene } from '../../../viz/web/src/export/svg.js';

const scene: Scene = {
  width: 900,
  height: 500,
  title: 'Iran & <neighbours>',
  subtitle: 'kg explorer · 2026-11-28 · no filters',
  nodes: [
    { x: 100, y: 100, r: 8, color: '#4e79a7', label: '<script>x</script> Iran' },
    { x: 300, y: 200, r: 6, color: '#f28e2b', label: null },
  ],
  edges: [{ x1: 100, y1: 100, x2: 300, y2: 200, r2: 6, color: 'rgba(217,45,32,0.85)', width: 2, dashed: true, label: 'order' }],
  legend: [{ kind: 'dashed', color: '#d92d20', text: 'negated' }],
};

describe('the picture as SVG', () => {
  const svg = toSvg(scene);
  it('has a title band, the graph and a legend band, sized to fit them', () => {
    expect(svg).toContain(`height="${TITLE_BAND + 500 + legendBand(scene.legend, 900)}"`);
    expect(svg).toContain('>Iran &amp; &lt;neighbours&gt;</text>');
    expect(svg).toContain('>Legend</text>');
    expect(svg).toContain('>negated</text>');
  });
  it('wraps the legend onto more rows rather than cutting it at the edge', () => {
    const long = Array.from({ length: 6 }, (_, i) => ({
      kind: 'line' as const,
      color: '#000',
      text: `a fairly long legend entry number ${i}`,
    }));
    expect(legendBand(long, 400)).toBeGreaterThan(legendBand(long, 3000));
    const xs = [
      ...toSvg({ ...scene, width: 400, legend: long }).matchAll(/<text x="([\d.]+)" y="[\d.]+" font-size="12" fill="#344054">/g),
    ].map((m) => Number(m[1]) + 38 * 0);
    expect(Math.max(...xs)).toBeLessThan(400);
  });

  it('escapes every text and draws negated relationships dashed with an arrow head', () => {
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt; Iran');
    expect(svg).toMatch(/<line [^>]*stroke-dasharray="6 4"/);
    expect(svg).toContain('<polygon');
    expect(svg).toContain('>order</text>');
  });
});
