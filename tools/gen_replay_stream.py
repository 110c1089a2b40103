#!/usr/bin/env python3
"""Generates the recorded event stream the batch replay test plays both ways
(src/test/resources/events/replay-stream.jsonl, read by events.BatchReplayApiTest).

Deterministic (seeded). Six groups over 42 days (2026-10-01 to 2026-11-11, the test's "today",
a holiday), one event per line in time order: joins (staff, KOCs, members with birthdays today,
nicknames with contact details), everyday chat from the quality set with spam from it, a member
warned then removed for spam who leaves, rejoins and offends again, a member flooding the group,
check-in streaks of 3, 7 and 30 days and second check-ins the same day, reactions (also to members
never seen), orders, link clicks, leaves and rejoins, a member never seen joining, a big group that
reaches its member-count milestone and runs over its red-envelope budget, events of an unknown
group, and events sent again (duplicates), near and far from the first.
Run from the project root: python3 tools/gen_replay_stream.py
"""
import json
import random
from datetime import datetime, timedelta, timezone

rnd = random.Random(20261111)
TZ = timezone(timedelta(hours=8))
START = datetime(2026, 10, 1, tzinfo=TZ)
DAYS = 42
LAST_MINUTE = 21 * 60 + 30  # the test's clock stands at 22:00 on the last day

clean = [l.strip() for l in open("engine/src/test/resources/quality/clean.txt", encoding="utf-8")
         if l.strip() and not l.startswith("#")]
spam = [l.rstrip("\n").split("\t") for l in open("engine/src/test/resources/quality/spam.tsv", encoding="utf-8")
        if l.strip() and not l.startswith("#")]
contact_spam = [t for fam, cat, t in spam if cat == "CONTACT"]
any_spam = [t for fam, cat, t in spam]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["小美", "阿强", "婷婷", "大伟", "晓雪", "子涵", "一诺", "浩然", "欣怡", "俊杰", "雨桐", "思远", "🌸花花", "Amy", "Leo"]

events = []
seq = [0]


def at(day, minute, second=0):
    return START + timedelta(days=day, minutes=minute, seconds=second)


def ev(group, kind, member, when, payload=None):
    seq[0] += 1
    events.append({
        "groupId": group, "eventId": "e%05d" % seq[0], "type": kind, "memberId": member,
        "at": when.isoformat(), "payload": payload or {}, "_order": (when, seq[0])})


def minute():
    return rnd.randint(8 * 60, LAST_MINUTE)


def join(group, member, day, mins, role="MEMBER", nickname=None, birthday=None):
    payload = {"role": role, "nickname": nickname or rnd.choice(SURNAMES) + rnd.choice(GIVEN),
               "channel": rnd.choice(["qrcode", "invite", "moments", "store"])}
    if birthday:
        payload["birthday"] = birthday
    ev(group, "MEMBER_JOINED", member, at(day, mins, rnd.randint(0, 59)), payload)


def chat(group, member, when, text=None):
    payload = {"text": text if text is not None else rnd.choice(clean)}
    if rnd.random() < 0.03:
        payload["link"] = True
    ev(group, "MESSAGE_POSTED", member, when, payload)


def day_of(group, member, day, persona, members):
    messages = {"heavy": rnd.randint(0, 3), "regular": rnd.choice([0, 0, 0, 1, 1]),
                "lurker": 1 if rnd.random() < 0.02 else 0}[persona]
    for _ in range(messages):
        text = rnd.choice(any_spam) if rnd.random() < 0.02 else None
        chat(group, member, at(day, minute(), rnd.randint(0, 59)), text)
    if rnd.random() < {"heavy": 0.6, "regular": 0.2, "lurker": 0.01}[persona]:
        ev(group, "CHECKED_IN", member, at(day, minute()))
    for _ in range({"heavy": rnd.randint(0, 2), "regular": rnd.choice([0, 0, 0, 1]), "lurker": 0}[persona]):
        target = rnd.choice(members) if rnd.random() < 0.9 else "ghost-%d" % rnd.randint(1, 5)
        ev(group, "REACTION_GIVEN", member, at(day, minute()), {"targetMemberId": target})
    if rnd.random() < {"heavy": 0.08, "regular": 0.04, "lurker": 0.005}[persona]:
        ev(group, "ORDER_PAID", member, at(day, minute()),
           {"amountCents": rnd.randint(990, 29900), "orderId": "o%d" % rnd.randint(1, 10**9)})
    if rnd.random() < {"heavy": 0.1, "regular": 0.05, "lurker": 0.01}[persona]:
        ev(group, "LINK_CLICKED", member, at(day, minute()), {"url": "https://shop.example.com/p/%d" % rnd.randint(1, 50)})


def group_life(group, size, joining_days, big=False):
    members = ["m%03d" % i for i in range(1, size + 1)]
    personas = {}
    joined_on = {}
    join(group, "owner", 0, 8 * 60, role="OWNER", nickname="群主")
    join(group, "koc1", 0, 8 * 60 + 5, role="KOC")
    for i, m in enumerate(members):
        day = 0 if big else rnd.randint(0, joining_days)
        joined_on[m] = day
        personas[m] = "lurker" if big and i > 8 else rnd.choice(["heavy", "regular", "regular", "lurker", "lurker"])
        birthday = rnd.choice(["11-11", "1990-11-11"]) if i % 9 == 4 else (
            "%02d-%02d" % (rnd.randint(1, 12), rnd.randint(1, 28)) if i % 3 == 0 else None)
        nickname = rnd.choice(contact_spam) if i == 5 else None
        join(group, m, day, 9 * 60 + (i if big else rnd.randint(0, 600)), birthday=birthday, nickname=nickname)
    everyone = members + ["owner", "koc1"]
    for day in range(DAYS):
        for m in members:
            if joined_on[m] <= day:
                day_of(group, m, day, personas[m], everyone)
        if day % 3 == 0:
            day_of(group, "owner", day, "regular", everyone)
            day_of(group, "koc1", day, "regular", everyone)
    # Staff posting what would be spam from a member: exempt.
    chat(group, "owner", at(5, 10 * 60), rnd.choice(contact_spam))
    chat(group, "koc1", at(6, 10 * 60), "新品链接 https://shop.example.com/p/9 大家看看")
    # A spammer: warned, removed twenty minutes later, leaves, comes back, offends again; another
    # offends twice days apart.
    join(group, "spammer", 3, 9 * 60)
    chat(group, "spammer", at(8, 11 * 60), "加我微信 wx13800138000 领红包")
    chat(group, "spammer", at(8, 11 * 60 + 20), "想要的加V：abc888666，私聊有福利")
    ev(group, "MEMBER_LEFT", "spammer", at(8, 11 * 60 + 22))
    join(group, "spammer2", 2, 9 * 60)
    chat(group, "spammer2", at(9, 13 * 60), "加微信 wx13900139000 领优惠券")
    chat(group, "spammer2", at(16, 13 * 60), "私聊我 VX：q7788999 有内部价")
    join(group, "spammer", 20, 10 * 60, nickname="新来的")
    chat(group, "spammer", at(21, 9 * 60), "大家好")
    chat(group, "spammer", at(25, 20 * 60), "加我微信 wx13800138000 领红包")
    # A member flooding the group: twelve messages in twenty seconds.
    join(group, "flooder", 1, 9 * 60)
    for k in range(12):
        chat(group, "flooder", at(15, 14 * 60, k * 2), "哈哈哈哈")
    chat(group, "flooder", at(15, 14 * 60 + 5), "不好意思刚才手滑了")
    # A diligent member: a check-in every day (streaks of 3, 7 and 30), some twice a day.
    join(group, "diligent", 0, 8 * 60 + 30)
    for day in range(DAYS):
        ev(group, "CHECKED_IN", "diligent", at(day, 7 * 60 + 50 + rnd.randint(0, 9)))
        if day % 5 == 0:
            ev(group, "CHECKED_IN", "diligent", at(day, 20 * 60))
    # A member who leaves and comes back, and one the group had before Qunflow (never seen joining).
    join(group, "leaver", 2, 10 * 60)
    chat(group, "leaver", at(10, 10 * 60))
    ev(group, "MEMBER_LEFT", "leaver", at(18, 10 * 60))
    join(group, "leaver", 30, 10 * 60, birthday="11-11")
    chat(group, "leaver", at(DAYS - 1, 12 * 60))
    chat(group, "oldtimer", at(9, 16 * 60), "我在这个群好几年了")
    ev(group, "REACTION_GIVEN", "oldtimer", at(9, 16 * 60 + 1), {"targetMemberId": "m001"})


group_life("g1", 130, 0, big=True)
for g, size in [("g2", 14), ("g3", 10), ("g4", 12), ("g5", 8), ("g6", 11)]:
    group_life(g, size, 10)
for k in range(3):
    ev("g-none", "MESSAGE_POSTED", "m001", at(20 + k, 12 * 60), {"text": "这个群还在吗"})

events.sort(key=lambda e: e["_order"])
# Sent again: the same event (id and all) a little or a long way after the first.
with_repeats = list(events)
for i in sorted(rnd.sample(range(len(events)), len(events) // 50), reverse=True):
    again = min(len(with_repeats), i + rnd.choice([1, 3, 20, 150, 900]))
    with_repeats.insert(again, events[i])
with open("engine/src/test/resources/events/replay-stream.jsonl", "w", encoding="utf-8") as out:
    for e in with_repeats:
        out.write(json.dumps({k: v for k, v in e.items() if k != "_order"}, ensure_ascii=False) + "\n")
print(len(with_repeats), "events")
