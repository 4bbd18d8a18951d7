#!/usr/bin/env python3
"""bench_tryton's data in the Tryton database tryton-e2e.sh set up (stdlib only, through seed.py's Rpc).

usage: tryton_bench_data.py URL DATABASE PASSWORD_FILE SEED_JSON COMMAND [ARG]
  grow N      add BENCH-nnnnn products until product.product counts N, with stock for every tenth
  touch       write one product's template with the values it has: the newest stamp in Tryton is
              then now, so that a run's watermark lies past everything done before
  change R    a new name ("... (changed R)") and a new stock level for every hundredth BENCH
              product; R, the round, makes both differ from the last round's
Prints one JSON line with what it did.
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'e2e', 'tryton'))
from seed import Rpc, decimal  # noqa: E402

BATCH = 1000  # templates per create call: about 250 a second, as the issue measured


def bench_products(rpc):
    return rpc.call('model.product.product.search_read', [['code', 'like', 'BENCH-%']], 0, None,
                    [['id', 'ASC']], ['code', 'template'])


def storage(rpc):
    warehouse, = rpc.call('model.stock.location.search_read', [['type', '=', 'warehouse']], 0, 1, None,
                          ['storage_location'])
    return warehouse['storage_location']


def set_stock(rpc, levels):
    """levels: [(product id, quantity)]; one inventory, confirmed."""
    if not levels:
        return
    inventory, = rpc.call('model.stock.inventory.create', [{
        'location': storage(rpc),
        'lines': [['create', [{'product': product, 'quantity': quantity} for product, quantity in levels]]]}])
    rpc.call('model.stock.inventory.confirm', [inventory])


def grow(rpc, target):
    started = time.monotonic()
    have = rpc.call('model.product.product.search_count', [])
    existing = len(bench_products(rpc))
    unit, = rpc.call('model.product.uom.search', [['symbol', '=', 'u']], 0, 1, None)
    missing = max(0, target - have)
    created = 0
    while created < missing:
        count = min(BATCH, missing - created)
        rpc.call('model.product.template.create', [{
            'name': 'Bench product %05d' % number, 'type': 'goods', 'default_uom': unit,
            'list_price': decimal('%d.%02d' % (number % 500, number % 100)), 'salable': True, 'sale_uom': unit,
            'products': [['create', [{'suffix_code': 'BENCH-%05d' % number,
                                      'description': 'Product %d of the Tryton benchmark.' % number}]]]}
            for number in range(existing + created + 1, existing + created + count + 1)])
        created += count
    stocked = 0
    if created:
        products = bench_products(rpc)[existing:]
        levels = [(row['id'], 1 + i % 40) for i, row in enumerate(products) if i % 10 == 0]
        set_stock(rpc, levels)
        stocked = len(levels)
    return {'products': rpc.call('model.product.product.search_count', []), 'created': created,
            'stocked': stocked, 'seconds': round(time.monotonic() - started, 1)}


def touch(rpc):
    template, = rpc.call('model.product.template.search_read', [], 0, 1, [['id', 'ASC']], ['name'])
    rpc.call('model.product.template.write', [template['id']], {'name': template['name']})
    return {'touched': template['id']}


def change(rpc, round_):
    products = bench_products(rpc)[::100]
    if not products:
        raise SystemExit('tryton_bench_data: no BENCH products to change')
    templates = rpc.call('model.product.template.read', [row['template'] for row in products], ['name'])
    arguments = []
    for template in templates:
        name = template['name'].split(' (changed')[0]
        arguments += [[template['id']], {'name': '%s (changed %d)' % (name, round_)}]
    # write(records, values, records, values, ...): every template its own name, in one call.
    rpc.call('model.product.template.write', *arguments)
    set_stock(rpc, [(row['id'], 100 * round_ + i % 7) for i, row in enumerate(products)])
    return {'renamed': len(templates), 'restocked': len(products)}


def main():
    if len(sys.argv) < 6:
        raise SystemExit(__doc__)
    url, database, password_file, seed_json, command = sys.argv[1:6]
    argument = sys.argv[6] if len(sys.argv) > 6 else None
    with open(password_file) as f:
        password = f.readline().strip()
    with open(seed_json) as f:
        company = json.load(f)['company']
    rpc = Rpc(url, database)
    rpc.login('admin', password)
    rpc.context = {'company': company}
    if command == 'grow':
        result = grow(rpc, int(argument))
    elif command == 'touch':
        result = touch(rpc)
    elif command == 'change':
        result = change(rpc, int(argument))
    else:
        raise SystemExit('tryton_bench_data: unknown command %r' % command)
    print(json.dumps(result))


if __name__ == '__main__':
    main()
