// Chinese first: zh-CN is the default, English the one switch away. Every string the UI shows
// comes from here; a key missing in one language is a bug (missingKeys() lists them, the
// browser tests check it is empty).

const messages = {
  'zh-CN': {
    appTitle: '群流 Qunflow',
    appSubtitle: '社群运营中枢',
    otherLanguage: 'English',
    loading: '加载中…',
    failed: '出错了：',
    retry: '重试',
    logout: '退出',
    notAllowed: '您的角色无权访问此页面。',
    notFound: '没有这个页面。',
    'role.DESIGNER': '流程设计',
    'role.COMPLIANCE': '合规',
    'role.OPERATOR': '运营',
    'role.VIEWER': '只读',
    'role.ADMIN': '管理员',
    'nav.dashboard': '社群看板',
    'nav.workflows': '流程设计器',
    'nav.monitor': '生命周期监控',
    'nav.apiDocs': 'API 文档',
    'nav.cockpit': 'Camunda Cockpit',

    'login.subtitle': '登录以管理社群流程、规则与看板',
    'login.username': '用户名',
    'login.password': '密码',
    'login.submit': '登录',
    'login.error': '用户名或密码错误。',
    'login.loggedOut': '您已退出登录。',

    'phase.LAUNCH': '启动',
    'phase.WARM_UP': '促活',
    'phase.PROMOTION': '转化',
    'phase.PRUNING': '淘汰',
    'phase.ARCHIVED': '已归档',
    'type.TRAFFIC': '流量群',
    'type.CONTENT': '内容群',
    'type.FLASH': '快闪群',
    'type.CHECKIN': '打卡群',

    'dash.title': '社群看板',
    'dash.groups': '社群',
    'dash.count': '共 {n} 个社群',
    'dash.name': '群名称',
    'dash.type': '类型',
    'dash.phase': '阶段',
    'dash.members': '成员数',
    'dash.phaseSince': '进入阶段',
    'dash.activity': '活跃率',
    'dash.empty': '还没有社群：通过 API 创建第一个社群。',
    'dash.byPhase': '各阶段社群数',
    'dash.topMembers': '成员最多的社群',
    'dash.activityPending': '活跃率需要成员活跃度接口，该接口正在开发，暂无数据。',
    'dash.monitor': '看位置',

    'group.back': '← 返回看板',
    'group.intro': '群定位',
    'group.type': '类型',
    'group.phase': '当前阶段',
    'group.phaseSince': '进入阶段时间',
    'group.members': '成员数',
    'group.capacity': '容量',
    'group.tags': '标签',
    'group.timeZone': '时区',
    'group.createdAt': '创建时间',
    'group.fill': '满员率',
    'group.showInMonitor': '在生命周期图中查看位置',
    'group.layers': '成员分层趋势',
    'group.moderation': '按类别的护群动作',
    'group.rewards': '奖励与预算',
    'group.sop': 'SOP 日历与内容效果（到达 / 点击 / 付费）',
    'group.pending': '暂无数据：此图所需的接口正在开发中，上线后自动显示。',
    'group.noTags': '无',

    'wf.title': '流程设计器',
    'wf.definitions': '流程',
    'wf.versions': '版本',
    'wf.version': '版本',
    'wf.deployedAt': '部署时间',
    'wf.source': '来源',
    'wf.running': '运行中',
    'wf.open': '打开',
    'wf.opened': '当前',
    'wf.new': '新建流程',
    'wf.openFile': '打开文件…',
    'wf.download': '下载 BPMN',
    'wf.deploy': '检查并部署',
    'wf.deploying': '部署中…',
    'wf.deployed': '已部署：{key} 版本 {version}',
    'wf.lintFailed': '部署前检查发现 {n} 个错误，请先在图中修正。',
    'wf.refused': '服务器拒绝了此流程：',
    'wf.problems': '问题',
    'wf.noProblems': '没有问题。',
    'wf.readOnly': '只读：只有流程设计角色可以部署流程。',
    'wf.fileError': '无法读取此文件：',
    'wf.unsaved': '有未部署的修改',
    'wf.none': '还没有部署任何流程。',
    'wf.newName': '新流程',

    'mon.title': '生命周期监控',
    'mon.group': '社群',
    'mon.choose': '选择社群…',
    'mon.definition': '流程：{key} 版本 {version}',
    'mon.here': '当前位置',
    'mon.waiting': '等待中的社群数（此版本）',
    'mon.incidents': '故障',
    'mon.noIncidents': '没有故障。',
    'mon.ended': '该社群的流程已结束。',
    'mon.noGroups': '还没有社群。',
    'mon.cockpit': '在 Cockpit 中深入查看',
    'mon.position': '{name} 当前在：{activities}',
    'mon.legendHere': '本群所在',
    'mon.legendCount': '等待的社群数',
    'mon.legendIncident': '故障'
  },
  en: {
    appTitle: 'Qunflow',
    appSubtitle: 'community operations',
    otherLanguage: '中文',
    loading: 'Loading…',
    failed: 'Something went wrong: ',
    retry: 'Retry',
    logout: 'Log out',
    notAllowed: 'Your role may not open this page.',
    notFound: 'There is no such page.',
    'role.DESIGNER': 'Designer',
    'role.COMPLIANCE': 'Compliance',
    'role.OPERATOR': 'Operator',
    'role.VIEWER': 'Viewer',
    'role.ADMIN': 'Admin',
    'nav.dashboard': 'Groups dashboard',
    'nav.workflows': 'Workflow modeler',
    'nav.monitor': 'Lifecycle monitor',
    'nav.apiDocs': 'API docs',
    'nav.cockpit': 'Camunda Cockpit',

    'login.subtitle': 'Log in to run group workflows, rules and dashboards',
    'login.username': 'Username',
    'login.password': 'Password',
    'login.submit': 'Log in',
    'login.error': 'Wrong username or password.',
    'login.loggedOut': 'You have logged out.',

    'phase.LAUNCH': 'Launch',
    'phase.WARM_UP': 'Warm-up',
    'phase.PROMOTION': 'Promotion',
    'phase.PRUNING': 'Pruning',
    'phase.ARCHIVED': 'Archived',
    'type.TRAFFIC': 'Traffic',
    'type.CONTENT': 'Content',
    'type.FLASH': 'Flash',
    'type.CHECKIN': 'Check-in',

    'dash.title': 'Groups dashboard',
    'dash.groups': 'Groups',
    'dash.count': '{n} groups',
    'dash.name': 'Name',
    'dash.type': 'Type',
    'dash.phase': 'Phase',
    'dash.members': 'Members',
    'dash.phaseSince': 'In phase since',
    'dash.activity': 'Activity rate',
    'dash.empty': 'No groups yet: create the first one through the API.',
    'dash.byPhase': 'Groups by phase',
    'dash.topMembers': 'Largest groups',
    'dash.activityPending': 'The activity rate needs the member activity API, which is being built: no data yet.',
    'dash.monitor': 'Position',

    'group.back': '← Back to the dashboard',
    'group.intro': 'Positioning',
    'group.type': 'Type',
    'group.phase': 'Phase',
    'group.phaseSince': 'In phase since',
    'group.members': 'Members',
    'group.capacity': 'Capacity',
    'group.tags': 'Tags',
    'group.timeZone': 'Time zone',
    'group.createdAt': 'Created',
    'group.fill': 'Fill rate',
    'group.showInMonitor': 'Show its position in the lifecycle',
    'group.layers': 'Members by layer over time',
    'group.moderation': 'Moderation actions by category',
    'group.rewards': 'Rewards and budget',
    'group.sop': 'SOP calendar and post metrics (reach / clicks / orders)',
    'group.pending': 'No data yet: the API this chart needs is being built and will show here once it lands.',
    'group.noTags': 'none',

    'wf.title': 'Workflow modeler',
    'wf.definitions': 'Workflows',
    'wf.versions': 'Versions',
    'wf.version': 'Version',
    'wf.deployedAt': 'Deployed',
    'wf.source': 'Source',
    'wf.running': 'Running',
    'wf.open': 'Open',
    'wf.opened': 'Open now',
    'wf.new': 'New workflow',
    'wf.openFile': 'Open file…',
    'wf.download': 'Download BPMN',
    'wf.deploy': 'Check and deploy',
    'wf.deploying': 'Deploying…',
    'wf.deployed': 'Deployed: {key} version {version}',
    'wf.lintFailed': 'The check before deploying found {n} errors: fix them in the diagram first.',
    'wf.refused': 'The server refused this workflow: ',
    'wf.problems': 'Problems',
    'wf.noProblems': 'No problems.',
    'wf.readOnly': 'Read only: only designers may deploy workflows.',
    'wf.fileError': 'Cannot read this file: ',
    'wf.unsaved': 'Changes not deployed yet',
    'wf.none': 'No workflow deployed yet.',
    'wf.newName': 'New workflow',

    'mon.title': 'Lifecycle monitor',
    'mon.group': 'Group',
    'mon.choose': 'Choose a group…',
    'mon.definition': 'Workflow: {key} version {version}',
    'mon.here': 'Where it is',
    'mon.waiting': 'Groups waiting here (this version)',
    'mon.incidents': 'Incidents',
    'mon.noIncidents': 'No incidents.',
    'mon.ended': 'This group\'s workflow has ended.',
    'mon.noGroups': 'No groups yet.',
    'mon.cockpit': 'Dig deeper in Cockpit',
    'mon.position': '{name} is at: {activities}',
    'mon.legendHere': 'This group',
    'mon.legendCount': 'Groups waiting',
    'mon.legendIncident': 'Incident'
  }
};

const STORAGE_KEY = 'qunflow.lang';
const listeners = new Set();

export const languages = Object.keys(messages);

let current = messages[localStorage.getItem(STORAGE_KEY)] ? localStorage.getItem(STORAGE_KEY) : 'zh-CN';

export function lang() {
  return current;
}

/** The text for a key in the current language, with {name} placeholders filled in. */
export function t(key, values = {}) {
  const text = messages[current][key] ?? messages['zh-CN'][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

export function setLang(next) {
  current = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  listeners.forEach(listener => listener(next));
}

export function toggleLang() {
  setLang(current === 'zh-CN' ? 'en' : 'zh-CN');
}

export function onLangChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Fills every [data-i18n] element under root with its text. */
export function applyI18n(root = document) {
  root.querySelectorAll('[data-i18n]').forEach(el => {
    el.textContent = t(el.dataset.i18n);
  });
}

/** Dates as people read them in the current language. */
export function formatTime(iso) {
  if (!iso) {
    return '';
  }
  return new Date(iso).toLocaleString(current, { dateStyle: 'medium', timeStyle: 'short' });
}

export function missingKeys() {
  const [first, ...others] = languages;
  const keys = new Set(languages.flatMap(l => Object.keys(messages[l])));
  return [...keys].filter(key => !messages[first][key] || others.some(l => !messages[l][key]));
}

document.documentElement.lang = current;
