#!/usr/bin/env python3
"""Seeds a fresh Tryton database for the end-to-end suite through JSON-RPC (stdlib only).

usage: seed.py URL DATABASE PASSWORD_FILE OUT_JSON
Creates EUR, a company attached to admin, manual sale invoicing, three products with list
prices and stock in the warehouse, a desk template with two variants in the category
Office / Desks, the country DK for customers' addresses, a second user (clerk) whose failed
logins leave admin's alone, and writes the ids the tests need to OUT_JSON.
"""
import base64
import json
import secrets
import sys
import urllib.request


class Rpc:
    def __init__(self, url, database):
        self.url = url.rstrip('/') + '/' + database + '/'
        self.auth = None
        self.context = {}

    def call(self, method, *params):
        body = json.dumps({'method': method, 'params': list(params) + [self.context], 'id': 1})
        request = urllib.request.Request(self.url, body.encode(), {'Content-Type': 'application/json'})
        if self.auth:
            request.add_header('Authorization', self.auth)
        with urllib.request.urlopen(request, timeout=60) as answer:
            reply = json.loads(answer.read())
        if 'error' in reply:
            raise SystemExit('seed: %s failed: %r' % (method, reply['error']))
        return reply['result']

    def login(self, user, password):
        body = json.dumps({'method': 'common.db.login', 'params': [user, {'password': password}], 'id': 1})
        request = urllib.request.Request(self.url, body.encode(), {'Content-Type': 'application/json'})
        with urllib.request.urlopen(request, timeout=60) as answer:
            user_id, session = json.loads(answer.read())['result']
        token = base64.b64encode(('%s:%s:%s' % (user, user_id, session)).encode()).decode()
        self.auth = 'Session ' + token


def decimal(text):
    return {'__class__': 'Decimal', 'decimal': text}


PRODUCTS = [
    ('TRY-001', 'Aero Ash Desk Lamp', '19.90', 'A desk lamp in ash wood.', 12),
    ('TRY-002', 'Atlas Walnut USB-C Hub', '1234.57', 'Seven ports, one cable.', 3),
    ('TRY-003', 'Terra Recycled Notebook', '0.10', 'Paper from paper.', 250),
]


def main():
    url, database, password_file, out = sys.argv[1:5]
    with open(password_file) as f:
        password = f.readline().strip()
    rpc = Rpc(url, database)
    rpc.login('admin', password)

    currency, = rpc.call('model.currency.currency.create', [
        {'name': 'Euro', 'code': 'EUR', 'symbol': 'EUR', 'rounding': decimal('0.01'), 'digits': 2}])
    party, = rpc.call('model.party.party.create', [{'name': 'Linkwright Test Company'}])
    company, = rpc.call('model.company.company.create', [{'party': party, 'currency': currency}])
    rpc.call('model.res.user.write', [1], {'companies': [['add', [company]]], 'company': company})
    rpc.context = {'company': company}
    rpc.call('model.sale.configuration.write', [1], {'sale_invoice_method': 'manual'})
    # Tryton locks a login out after failed attempts: the suite's wrong passwords go to clerk,
    # whose own password nobody needs (distinct characters, as Tryton's password check wants).
    clerk_password = ''.join(secrets.SystemRandom().sample('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789', 16))
    clerk, = rpc.call('model.res.user.create', [{
        'name': 'Clerk', 'login': 'clerk', 'password': clerk_password,
        'companies': [['add', [company]]], 'company': company}])

    unit, = rpc.call('model.product.uom.search', [['symbol', '=', 'u']], 0, 1, None)
    warehouse, = rpc.call('model.stock.location.search_read', [['type', '=', 'warehouse']], 0, 1, None,
                          ['storage_location'])
    products = {}
    for code, name, price, description, _ in PRODUCTS:
        template, = rpc.call('model.product.template.create', [{
            'name': name, 'type': 'goods', 'default_uom': unit, 'list_price': decimal(price),
            'salable': True, 'sale_uom': unit,
            'products': [['create', [{'suffix_code': code, 'description': description}]]]}])
        product, = rpc.call('model.product.product.search', [['template', '=', template]], 0, 1, None)
        products[code] = {'product': product, 'template': template}

    # A template with two variants (its code plus each variant's suffix) in a subcategory.
    office, = rpc.call('model.product.category.create', [{'name': 'Office'}])
    desks, = rpc.call('model.product.category.create', [{'name': 'Desks', 'parent': office}])
    desk, = rpc.call('model.product.template.create', [{
        'name': 'Nova Desk', 'code': 'TRY-010', 'type': 'goods', 'default_uom': unit,
        'list_price': decimal('499.00'), 'salable': True, 'sale_uom': unit, 'categories': [['add', [desks]]],
        'products': [['create', [{'suffix_code': '-OAK', 'description': 'Oak'},
                                 {'suffix_code': '-ASH', 'description': 'Ash'}]]]}])
    for variant in rpc.call('model.product.product.search_read', [['template', '=', desk]], 0, None, None, ['code']):
        products[variant['code']] = {'product': variant['id'], 'template': desk}
    # A new database has no countries (trytond_import_countries loads them all).
    rpc.call('model.country.country.create', [{'name': 'Denmark', 'code': 'DK'}])

    inventory, = rpc.call('model.stock.inventory.create', [{
        'location': warehouse['storage_location'],
        'lines': [['create', [{'product': products[code]['product'], 'quantity': quantity}
                              for code, _, _, _, quantity in PRODUCTS]]]}])
    rpc.call('model.stock.inventory.confirm', [inventory])

    with open(out, 'w') as f:
        json.dump({'company': company, 'clerk': clerk, 'warehouse': warehouse['id'],
                   'storage': warehouse['storage_location'], 'products': products}, f)


if __name__ == '__main__':
    main()
