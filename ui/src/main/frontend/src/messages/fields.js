// What a refusal calls a field that its form shows without a label of its own (the parts of an SOP
// entry, a reason box with a long placeholder), so a field problem is never named by the API's
// field name. The forms pass problemDetail() these keys beside the labels they already show.

export const fieldMessages = {
  'zh-CN': {
    'problem.field': '{label}：{message}',
    'fl.reason': '原因',
    'fl.note': '备注',
    'fl.keyName': '名称',
    'fl.cadence': '频率',
    'fl.dayOfWeek': '星期',
    'fl.dayOfMonth': '每月几号',
    'fl.date': '日期',
    'fl.time': '时间',
    'fl.contentKind': '内容形式',
    'fl.link': '链接',
    'fl.entries': '日程项',
    'fl.groups': '社群',
    'fl.csv': 'CSV 文件',
    'fl.importMode': '导入方式',
    'fl.phase': '阶段',
    'fl.groupType': '群类型',
    'fl.verdict': '复核结论',
    'fl.source': '规则',
    'fl.events': '事件',
    'fl.enabled': '账号状态',
    'fl.layer': '分层',
    'fl.post': '精华帖'
  },
  en: {
    'problem.field': '{label}: {message}',
    'fl.reason': 'Reason',
    'fl.note': 'Note',
    'fl.keyName': 'Name',
    'fl.cadence': 'Repeats',
    'fl.dayOfWeek': 'Weekday',
    'fl.dayOfMonth': 'Day of the month',
    'fl.date': 'Date',
    'fl.time': 'Time',
    'fl.contentKind': 'Kind of content',
    'fl.link': 'Link',
    'fl.entries': 'Entries',
    'fl.groups': 'Groups',
    'fl.csv': 'CSV file',
    'fl.importMode': 'Import mode',
    'fl.phase': 'Phase',
    'fl.groupType': 'Group type',
    'fl.verdict': 'Verdict',
    'fl.source': 'Rules',
    'fl.events': 'Events',
    'fl.enabled': 'Account state',
    'fl.layer': 'Layer',
    'fl.post': 'Essence post'
  }
};
