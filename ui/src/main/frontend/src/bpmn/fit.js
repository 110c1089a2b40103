/** Fits the whole diagram in view, leaving the palette's width free on the left. */
export function fitBesidePalette(canvas, paletteWidth = 130) {
  canvas.zoom('fit-viewport');
  const { inner, outer } = canvas.viewbox();
  if (!inner.width || !inner.height) {
    return;
  }
  const scale = Math.min((outer.width - paletteWidth - 24) / inner.width, (outer.height - 48) / inner.height, 1);
  canvas.viewbox({
    x: inner.x - paletteWidth / scale,
    y: inner.y - 24 / scale,
    width: outer.width / scale,
    height: outer.height / scale
  });
}
