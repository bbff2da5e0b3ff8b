// The texts of the export control, spread into i18n/messages.js.

export const exportEn = {
  'export.label': 'Export',
  'export.csv': 'CSV',
  'export.xlsx': 'Excel',
  'export.pdf': 'PDF',
  'export.busy': 'Preparing the file…',
  'export.allRows': 'Every row the filters select, not only this page (up to 100,000).'
}

export const exportZh = {
  'export.label': '导出',
  'export.csv': 'CSV',
  'export.xlsx': 'Excel',
  'export.pdf': 'PDF',
  'export.busy': '正在生成文件…',
  'export.allRows': '导出筛选条件选中的全部记录，而不仅是本页（最多 100,000 条）。'
}
