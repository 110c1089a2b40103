// The words of the audit entries whose code is not one fixed word: a version number, an owner
// task's action, a WeCom contact change, a word-list import's mode (au.change.* of fixed codes are
// in workspace.js). views/audit.js reads each code's variable part and fills it in.

export const auditMessages = {
  'zh-CN': {
    'au.type.WEBHOOK': 'Webhook',
    'au.change.REGISTERED': '登记',
    'au.change.DELETED': '删除',
    'au.change.DISSOLVED': '解散',
    'au.change.DEPLOYED': '部署版本 {version}',
    'au.change.SUSPENDED': '暂停版本 {version}（未通过当前检查）',
    'au.change.CONTACT_DEL_FOLLOW_USER': '客户删除了跟进成员',
    'au.change.CONTACT_DEL_EXTERNAL_CONTACT': '跟进成员删除了客户',
    'au.change.OWNER_TASK_DONE': '群主已处理：{action}',
    'au.change.OWNER_TASK_DISMISSED': '群主未处理（已驳回）：{action}',
    'au.action.SEND_RED_ENVELOPE': '发红包',
    'au.action.GRANT_POINTS': '发积分',
    'au.import.replace': '导入（替换全部）',
    'au.import.merge': '导入（合并）',
    'au.actor.system': '系统',
    'au.actor.wecom': '企业微信'
  },
  en: {
    'au.type.WEBHOOK': 'Webhook',
    'au.change.REGISTERED': 'Registered',
    'au.change.DELETED': 'Deleted',
    'au.change.DISSOLVED': 'Dissolved',
    'au.change.DEPLOYED': 'Deployed version {version}',
    'au.change.SUSPENDED': 'Version {version} suspended (fails today\'s checks)',
    'au.change.CONTACT_DEL_FOLLOW_USER': 'The customer deleted the staff member serving them',
    'au.change.CONTACT_DEL_EXTERNAL_CONTACT': 'The staff member deleted the customer',
    'au.change.OWNER_TASK_DONE': 'Done by the owner: {action}',
    'au.change.OWNER_TASK_DISMISSED': 'Dismissed by the owner: {action}',
    'au.action.SEND_RED_ENVELOPE': 'Send red envelope',
    'au.action.GRANT_POINTS': 'Grant points',
    'au.import.replace': 'Import (replace all)',
    'au.import.merge': 'Import (merge)',
    'au.actor.system': 'System',
    'au.actor.wecom': 'WeCom'
  }
};
