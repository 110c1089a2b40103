// Sample events for the dry-run panel: a fresh group with one ordinary member, m1, who joined a
// week earlier, and messages the moderation rules have an opinion on. Texts are what members
// really send (see the seeds); compliance can edit them or paste their own.

function at(minutesAgo) {
  const when = new Date(Date.now() - minutesAgo * 60_000);
  return when.toISOString();
}

function message(id, text, minutesAgo) {
  return { eventId: id, type: 'MESSAGE_POSTED', memberId: 'm1', at: at(minutesAgo), payload: { text } };
}

function request(events) {
  return {
    state: { members: [{ memberId: 'm1', role: 'MEMBER', nickname: '小红🌷', joinedAt: at(7 * 24 * 60) }] },
    events
  };
}

export const SAMPLES = [
  { name: 'contact', label: 'dr.sample.contact', request: () => request([message('s1', '想要优惠的加我微信 abc12345', 3)]) },
  { name: 'repeat', label: 'dr.sample.repeat', request: () => request([
    message('s1', '加我微信 abc12345 领福利', 5),
    message('s2', '私聊我，兼职日结三百', 2)
  ]) },
  { name: 'clean', label: 'dr.sample.clean', request: () => request([message('s1', '今天的课程笔记整理好了，大家看看🌸', 1)]) },
  { name: 'bargain', label: 'dr.sample.bargain', request: () => request([message('s1', '帮我砍一刀吧🙏', 1)]) }
];
