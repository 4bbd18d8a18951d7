#!/usr/bin/env python3
"""Seeds a fresh Tryton database for the end-to-end suite through JSON-RPC (stdlib only).

usage: seed.py URL DATABASE PASSWORD_FILE OUT_JSON
Creates EUR, a company attached to admin, manual sale invoicing, three products with list
prices and stock in the warehouse, a desk template with two variants in the category
Office / Desks, the country DK for customers' addresses, a second user (clerk) whose failed
logins leave admin's alone, and the accounting that posting a customer invoice needs (the
minimal chart of accounts, this year's fiscal year with monthly periods and invoice sequences, a
25 % tax), and writes the ids the tests need to OUT_JSON. When the accounting cannot be set up,
"accounting" says why and only the invoice test skips.
"""
import datetime
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


def date(day):
    return {'__class__': 'date', 'year': day.year, 'month': day.month, 'day': day.day}


def seed_accounting(rpc, company):
    """About 2 s: the chart wizard, a fiscal year, sequences and a tax, through JSON-RPC."""
    template, = rpc.call('model.account.account.template.search',
                         [['parent', '=', None], ['name', 'ilike', '%minimal%']], 0, 1, None)
    session, _, _ = rpc.call('wizard.account.create_chart.create')
    rpc.call('wizard.account.create_chart.execute', session, {}, 'start')
    rpc.call('wizard.account.create_chart.execute', session,
             {'account': {'company': company, 'account_template': template}}, 'create_account')
    receivable, = rpc.call('model.account.account.search', [['type.receivable', '=', True]], 0, 1, None)
    payable, = rpc.call('model.account.account.search', [['type.payable', '=', True]], 0, 1, None)
    rpc.call('wizard.account.create_chart.execute', session, {'properties': {
        'company': company, 'account_receivable': receivable, 'account_payable': payable}}, 'create_properties')
    rpc.call('wizard.account.create_chart.delete', session)
    revenue, = rpc.call('model.account.account.search', [['type.revenue', '=', True]], 0, 1, None)
    tax_account, = rpc.call('model.account.account.search', [['name', '=', 'Main Tax']], 0, 1, None)
    journal, = rpc.call('model.account.journal.search', [['type', '=', 'revenue']], 0, 1, None)

    move_type, = rpc.call('model.ir.sequence.type.search', [['name', '=', 'Account Move']], 0, 1, None)
    invoice_type, = rpc.call('model.ir.sequence.type.search', [['name', '=', 'Invoice']], 0, 1, None)
    moves, = rpc.call('model.ir.sequence.create', [{'name': 'Moves', 'sequence_type': move_type, 'company': company}])
    invoices, credit_notes = rpc.call('model.ir.sequence.strict.create', [
        {'name': 'Invoices', 'sequence_type': invoice_type, 'company': company, 'prefix': 'INV-', 'padding': 4},
        {'name': 'Credit notes', 'sequence_type': invoice_type, 'company': company, 'prefix': 'CN-', 'padding': 4}])
    # The server runs in UTC: this year there is the year its invoices are dated in.
    year = datetime.datetime.now(datetime.timezone.utc).year
    fiscalyear, = rpc.call('model.account.fiscalyear.create', [{
        'name': str(year), 'company': company, 'post_move_sequence': moves,
        'start_date': date(datetime.date(year, 1, 1)), 'end_date': date(datetime.date(year, 12, 31)),
        'invoice_sequences': [['create', [{
            'company': company, 'out_invoice_sequence': invoices, 'out_credit_note_sequence': credit_notes,
            'in_invoice_sequence': invoices, 'in_credit_note_sequence': credit_notes}]]]}])
    rpc.call('model.account.fiscalyear.create_period', [fiscalyear])
    tax, = rpc.call('model.account.tax.create', [{
        'name': 'VAT 25', 'description': 'VAT 25 %', 'type': 'percentage', 'rate': decimal('0.25'),
        'invoice_account': tax_account, 'credit_note_account': tax_account, 'company': company}])
    return {'receivable': receivable, 'revenue': revenue, 'journal': journal, 'tax': tax}


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

    try:
        accounting = seed_accounting(rpc, company)
    except (SystemExit, ValueError) as problem:  # a refused call, or a template or account not found
        accounting = {'skip': str(problem)}

    with open(out, 'w') as f:
        json.dump({'company': company, 'clerk': clerk, 'warehouse': warehouse['id'],
                   'storage': warehouse['storage_location'], 'products': products, 'accounting': accounting}, f)


if __name__ == '__main__':
    main()
