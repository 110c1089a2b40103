// The words of the lifecycle pages (phases in the modeler, scoped parameters, staff tasks, the
// lifecycle chooser of the monitor), kept apart from i18n.js like the other pages' lists.

export const lifecycleMessages = {
  'zh-CN': {
    'phase.AFTER_SALE': '售后',

    'wf.phases': '阶段',
    'wf.phasesNone': '此流程的已部署版本没有声明阶段。',
    'wf.phasesHint': '由“进入阶段”步骤声明；规则和参数可以只在某个阶段生效。',

    'mon.lifecycle': '生命周期',

    'pm.scopes': '按阶段/类型',
    'pm.scopesOf': '{name} 按阶段和群类型的取值',
    'pm.scopesHint': '处在该阶段或属于该类型的社群读这里的值：同时指定阶段和类型的优先，其次是阶段，再次是类型；其余社群读上表的值。',
    'pm.scopeNone': '还没有按阶段或群类型的取值。',
    'pm.scopePhase': '阶段',
    'pm.scopeType': '群类型',
    'pm.scopeAny': '任意',
    'pm.scopeValue': '值',
    'pm.scopeChangedBy': '修改人',
    'pm.scopeAdd': '保存取值',
    'pm.scopeRemove': '删除',
    'pm.scopeSaved': '已保存：{name} 在 {scope} 为 {value}',
    'pm.scopeRemoved': '已删除：{name} 在 {scope} 的取值',
    'pm.scopeNeeds': '请选择阶段或群类型（至少一项）。',

    'nav.tasks': '任务',
    'tk.title': '员工任务',
    'tk.hint': '流程中“员工任务”步骤交给你的事；运营和管理员看到所有任务，包括交给群主的。标记完成后，社群的流程继续往下走。',
    'tk.none': '没有待办的员工任务。',
    'tk.what': '任务',
    'tk.group': '社群',
    'tk.assignee': '处理人',
    'tk.groupOwner': '群主',
    'tk.due': '截止',
    'tk.reminded': '已提醒',
    'tk.overdue': '已逾期',
    'tk.workflow': '流程',
    'tk.note': '完成说明（可选）',
    'tk.done': '标记完成',
    'tk.doneSaid': '已完成：{name}',
    'tk.inbox': '流程中的员工任务'
  },
  en: {
    'phase.AFTER_SALE': 'After-sale',

    'wf.phases': 'Phases',
    'wf.phasesNone': 'The deployed version of this workflow declares no phases.',
    'wf.phasesHint': 'Declared by its Enter-phase steps; rules and parameters can apply in one phase only.',

    'mon.lifecycle': 'Lifecycle',

    'pm.scopes': 'By phase/type',
    'pm.scopesOf': 'Values of {name} by phase and group type',
    'pm.scopesHint': 'Groups in that phase or of that type read the value here: one naming both wins, then the phase, then the type; every other group reads the value in the table above.',
    'pm.scopeNone': 'No values by phase or group type yet.',
    'pm.scopePhase': 'Phase',
    'pm.scopeType': 'Group type',
    'pm.scopeAny': 'Any',
    'pm.scopeValue': 'Value',
    'pm.scopeChangedBy': 'Changed by',
    'pm.scopeAdd': 'Save value',
    'pm.scopeRemove': 'Remove',
    'pm.scopeSaved': 'Saved: {name} in {scope} is {value}',
    'pm.scopeRemoved': 'Removed: the value of {name} in {scope}',
    'pm.scopeNeeds': 'Choose a phase or a group type (at least one).',

    'nav.tasks': 'Tasks',
    'tk.title': 'Staff tasks',
    'tk.hint': 'What the "Staff task" steps of workflows handed to you; operators and admins see every task, those for group owners too. Marking one done moves the group\'s workflow on.',
    'tk.none': 'No staff tasks to do.',
    'tk.what': 'Task',
    'tk.group': 'Group',
    'tk.assignee': 'Assignee',
    'tk.groupOwner': 'Group owner',
    'tk.due': 'Due',
    'tk.reminded': 'Reminded',
    'tk.overdue': 'Overdue',
    'tk.workflow': 'Workflow',
    'tk.note': 'Note (optional)',
    'tk.done': 'Mark done',
    'tk.doneSaid': 'Done: {name}',
    'tk.inbox': 'Staff tasks from workflows'
  }
};
