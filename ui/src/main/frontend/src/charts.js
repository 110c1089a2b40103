import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export const palette = ['#07c160', '#1890ff', '#fa8c16', '#eb2f96', '#8c8c8c', '#722ed1'];

/** Draws an ECharts chart into el; returns a handle that frees it when the view goes away. */
export function chart(el, option) {
  const instance = echarts.init(el, null, { renderer: 'canvas' });
  instance.setOption({ color: palette, ...option });
  const resize = () => instance.resize();
  window.addEventListener('resize', resize);
  return {
    instance,
    dispose() {
      window.removeEventListener('resize', resize);
      instance.dispose();
    }
  };
}
