#!/usr/bin/env python3
"""Chat-archive bridge: WeCom's Finance SDK (会话内容存档) on one side, Qunflow on the other.

WeCom hands out group message content only through its native Finance SDK
(libWeWorkFinanceSdk_C.so, downloaded from the WeCom admin console with the archive feature).
This script runs next to Qunflow, pulls the archive from the last sequence number it stored,
decrypts each record, and posts the records to Qunflow's POST /api/v1/wecom/archive-records
(an API key with the `events` scope). It moves its sequence number on only after Qunflow
answered, so a crash sends the last batch again; Qunflow takes each msgid once.

It pulls every --interval seconds, and at once when Qunflow has had a msgaudit_notify callback
since the last pull (GET /api/v1/wecom/archive-records/notice).

    pip install cryptography
    export WECOM_CORP_ID=ww...            WECOM_ARCHIVE_SECRET=...   # the 会话内容存档 Secret
    export WECOM_PRIVATE_KEYS=/etc/qunflow/archive-keys             # <publickey_ver>.pem, PKCS#1 or PKCS#8
    export QUNFLOW_URL=http://127.0.0.1:8080  QUNFLOW_API_KEY=qf_...
    python3 wecom_archive_bridge.py --sdk /opt/wecom/libWeWorkFinanceSdk_C.so --state /var/lib/qunflow/archive.seq

Without the SDK, --replay FILE posts already decrypted records (one JSON object a line), which is
how the mapping can be tried against a Qunflow with the connector on.
"""
import argparse
import base64
import ctypes
import json
import os
import sys
import time
import urllib.request

BATCH = 1000  # the most records the SDK returns per call, and Qunflow takes per request


def post_records(records):
    """Posts decrypted records to Qunflow; answers its per-record results."""
    request = urllib.request.Request(
        os.environ["QUNFLOW_URL"].rstrip("/") + "/api/v1/wecom/archive-records",
        data=json.dumps(records, ensure_ascii=False).encode("utf-8"),
        headers={"Content-Type": "application/json",
                 "Authorization": "Bearer " + os.environ["QUNFLOW_API_KEY"]},
        method="POST")
    with urllib.request.urlopen(request, timeout=60) as response:
        answer = json.load(response)
    for result in answer["results"]:
        if result["status"] == "refused":
            print("refused", result.get("msgid"), result.get("detail"), file=sys.stderr)
    return answer


def last_notice():
    request = urllib.request.Request(
        os.environ["QUNFLOW_URL"].rstrip("/") + "/api/v1/wecom/archive-records/notice",
        headers={"Authorization": "Bearer " + os.environ["QUNFLOW_API_KEY"]})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response).get("lastNotice")


class FinanceSdk:
    """The few calls of WeWorkFinanceSdk_C.h the bridge needs, through ctypes."""

    def __init__(self, library, corp_id, secret):
        self.lib = ctypes.CDLL(library)
        self.lib.NewSdk.restype = ctypes.c_void_p
        self.lib.NewSlice.restype = ctypes.c_void_p
        self.lib.GetContentFromSlice.restype = ctypes.c_char_p
        self.lib.GetContentFromSlice.argtypes = [ctypes.c_void_p]
        self.lib.FreeSlice.argtypes = [ctypes.c_void_p]
        self.lib.Init.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
        self.lib.GetChatData.argtypes = [ctypes.c_void_p, ctypes.c_ulonglong, ctypes.c_uint,
                                         ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p]
        self.lib.DecryptData.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p]
        self.sdk = self.lib.NewSdk()
        code = self.lib.Init(self.sdk, corp_id.encode(), secret.encode())
        if code != 0:
            raise RuntimeError("Init failed: %d" % code)

    def chat_data(self, seq):
        out = self.lib.NewSlice()
        try:
            code = self.lib.GetChatData(self.sdk, seq, BATCH, b"", b"", 30, out)
            if code != 0:
                raise RuntimeError("GetChatData failed: %d" % code)
            return json.loads(self.lib.GetContentFromSlice(out).decode("utf-8"))
        finally:
            self.lib.FreeSlice(out)

    def decrypt(self, key, message):
        out = self.lib.NewSlice()
        try:
            code = self.lib.DecryptData(key.encode(), message.encode(), out)
            if code != 0:
                raise RuntimeError("DecryptData failed: %d" % code)
            return json.loads(self.lib.GetContentFromSlice(out).decode("utf-8"))
        finally:
            self.lib.FreeSlice(out)


def private_keys(folder):
    from cryptography.hazmat.primitives import serialization
    keys = {}
    for name in os.listdir(folder):
        if name.endswith(".pem"):
            with open(os.path.join(folder, name), "rb") as f:
                keys[int(name[:-4])] = serialization.load_pem_private_key(f.read(), password=None)
    return keys


def random_key(keys, item):
    """The per-message key: encrypt_random_key, RSA (PKCS#1 v1.5) under the key version's public key."""
    from cryptography.hazmat.primitives.asymmetric import padding
    return keys[item["publickey_ver"]].decrypt(base64.b64decode(item["encrypt_random_key"]),
                                               padding.PKCS1v15()).decode("utf-8")


def run(args):
    sdk = FinanceSdk(args.sdk, os.environ["WECOM_CORP_ID"], os.environ["WECOM_ARCHIVE_SECRET"])
    keys = private_keys(os.environ["WECOM_PRIVATE_KEYS"])
    seq = int(open(args.state).read().strip()) if os.path.exists(args.state) else 0
    notice = None
    while True:
        data = sdk.chat_data(seq)
        if data.get("errcode", 0) != 0:
            print("WeCom:", data.get("errcode"), data.get("errmsg"), file=sys.stderr)
            time.sleep(args.interval)
            continue
        items = data.get("chatdata", [])
        records = [sdk.decrypt(random_key(keys, item), item["encrypt_chat_msg"]) for item in items]
        if records:
            answer = post_records(records)
            print("accepted %(accepted)d duplicates %(duplicates)d skipped %(skipped)d refused %(refused)d" % answer)
            seq = max(item["seq"] for item in items)
            with open(args.state + ".tmp", "w") as f:
                f.write(str(seq))
            os.replace(args.state + ".tmp", args.state)
        if len(items) == BATCH:
            continue
        for _ in range(args.interval):
            time.sleep(1)
            latest = last_notice()
            if latest != notice:
                notice = latest
                break


def replay(path):
    with open(path, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    for start in range(0, len(records), BATCH):
        print(json.dumps(post_records(records[start:start + BATCH]), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sdk", help="path of libWeWorkFinanceSdk_C.so")
    parser.add_argument("--state", default="wecom-archive.seq", help="where the last sequence number is kept")
    parser.add_argument("--interval", type=int, default=30, help="seconds between pulls without a notice")
    parser.add_argument("--replay", help="post decrypted records from a JSON-lines file instead")
    arguments = parser.parse_args()
    if arguments.replay:
        replay(arguments.replay)
    else:
        run(arguments)
