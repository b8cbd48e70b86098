/**
 * Chart files a slide can use: the chart as SVG (shapes and text, drawn by ECharts' SVG renderer)
 * and as PNG (that SVG rasterised at twice its size, on white). One source for both, so the PNG
 * and the SVG show the same chart.
 */
export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

export async function svgToPngBlob({ svg, width, height }: ChartSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas to draw the chart on');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The chart could not be drawn as PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
