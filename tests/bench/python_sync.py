#!/usr/bin/env python3
"""The products sync as an integrator would write it in Python 3 with the standard library only.

bench_sync times this against Linkwright's sync, so it is meant to be straightforward: neither
deliberately slow nor heroically optimised. It does what Linkwright's demo project does for
products: page through the ERP's products (page style, 500 a page), map each record with the same
five mappings (sku: trim + upper, name: trim, description: default "", category, unit: lower),
hash the mapped record, skip it if the hash matches the one stored in SQLite, and POST the changed
ones to the shop in batches of 500, storing the new hashes once the shop has accepted a batch.

    python_sync.py --base http://127.0.0.1:PORT --db state.sqlite [--full]

Without --full only records modified since the last run are fetched (the shop's modifiedSince).
The last line on stdout is a JSON object with the figures bench_sync reads.
"""

import argparse
import hashlib
import json
import resource
import sqlite3
import sys
import time
import urllib.parse
import urllib.request


def fetch_page(base, page, page_size, since):
    query = {"page": page, "pageSize": page_size}
    if since:
        query["modifiedSince"] = since
    url = base + "/erp/products?" + urllib.parse.urlencode(query)
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def post_batch(base, records):
    body = json.dumps(records).encode("utf-8")
    request = urllib.request.Request(
        base + "/shop/products", data=body, method="POST", headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def map_product(source):
    sku = (source.get("sku") or "").strip().upper()
    name = (source.get("name") or "").strip()
    if not sku or not name:
        return None
    description = source.get("description")
    unit = source.get("unit")
    return {
        "sku": sku,
        "name": name,
        "description": description if description is not None else "",
        "category": source.get("category"),
        "unit": unit.lower() if isinstance(unit, str) else unit,
    }


def peak_rss_kib():
    # VmHWM belongs to this process alone; ru_maxrss survives exec and may show the parent's.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main():
    parser = argparse.ArgumentParser(description="Sync products from the simulated ERP to the simulated shop.")
    parser.add_argument("--base", required=True, help="the simulator, http://127.0.0.1:PORT")
    parser.add_argument("--db", required=True, help="SQLite file with the hashes of what was sent")
    parser.add_argument("--full", action="store_true", help="fetch everything, not only what changed")
    parser.add_argument("--page-size", type=int, default=500)
    parser.add_argument("--batch-size", type=int, default=500)
    args = parser.parse_args()
    base = args.base.rstrip("/")

    db = sqlite3.connect(args.db)
    db.execute("CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, hash TEXT NOT NULL)")
    db.execute("CREATE TABLE IF NOT EXISTS watermark (id INTEGER PRIMARY KEY CHECK (id = 1), since TEXT)")
    db.commit()

    started = time.perf_counter()
    started_cpu = time.process_time()
    known = dict(db.execute("SELECT key, hash FROM state"))
    row = db.execute("SELECT since FROM watermark WHERE id = 1").fetchone()
    since = None if args.full or row is None else row[0]

    fetched = sent = failed = 0
    newest = since or ""
    seen = set()
    batch = []

    def flush():
        nonlocal sent, failed
        if not batch:
            return
        answer = post_batch(base, [record for record, _ in batch])
        results = answer.get("results", [])
        rows = []
        for (record, digest), result in zip(batch, results):
            if result.get("outcome") in ("created", "updated", "unchanged"):
                rows.append((record["sku"], digest))
            else:
                failed += 1
        db.executemany("INSERT OR REPLACE INTO state (key, hash) VALUES (?, ?)", rows)
        db.commit()
        for key, digest in rows:
            known[key] = digest
        sent += len(batch)
        batch.clear()

    page = 1
    while True:
        body = fetch_page(base, page, args.page_size, since)
        items = body.get("items", [])
        for source in items:
            fetched += 1
            modified = source.get("modifiedAt") or ""
            if modified > newest:
                newest = modified
            mapped = map_product(source)
            if mapped is None or mapped["sku"] in seen:
                failed += 1
                continue
            seen.add(mapped["sku"])
            digest = hashlib.sha256(json.dumps(mapped, sort_keys=True).encode("utf-8")).hexdigest()
            if known.get(mapped["sku"]) == digest:
                continue
            batch.append((mapped, digest))
            if len(batch) >= args.batch_size:
                flush()
        total = body.get("total")
        if len(items) < args.page_size or (total is not None and page * args.page_size >= total):
            break
        page += 1
    flush()

    if newest:
        db.execute("INSERT OR REPLACE INTO watermark (id, since) VALUES (1, ?)", (newest,))
        db.commit()
    wall = time.perf_counter() - started
    cpu = time.process_time() - started_cpu
    db.close()
    figures = {"wall": wall, "cpu": cpu, "fetched": fetched, "sent": sent, "failed": failed, "rssKiB": peak_rss_kib()}
    print(json.dumps(figures))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
