#!/usr/bin/env python3
# An independent reference of domain.md §2 (exact integers and fractions, no
# floats), used to write tests/data/quotes/*/expected.json without trusting
# the C++ code: python3 scripts/quote-oracle.py tests/data/quotes/CASE/quote.json
import json, sys
from fractions import Fraction as F
def half_up(fr):  # non-negative
    return int((fr + F(1,2)) // 1)
def dec(s, places):
    s=str(s); 
    if '.' in s: a,b=s.split('.'); b=(b+'0'*places)[:places]
    else: a,b=s,'0'*places
    return int(a)*10**places+int(b)
def rates_for(q):
    if 'vat_bp' in q: return q['vat_bp'], q['duty_bp']
    d=q['issue_date']  # Jalali y/m/d or ISO
    if '-' in d:
        if d>='2024-03-20': return 700,300
        if d>='2023-03-21': return 600,300
        raise SystemExit('no rate')
    y=int(d.split('/')[0])
    if y>=1403: return 700,300
    if y==1402: return 600,300
    raise SystemExit('no rate')
def compute(q):
    vat_bp,duty_bp=rates_for(q)
    lines=[]
    for l in q['lines']:
        qty=dec(l.get('quantity','1'),3)
        gross=half_up(F(l['unit_price']*qty,1000))
        if 'discount_percent' in l: disc=half_up(F(gross*dec(l['discount_percent'],2),10000))
        else: disc=l.get('discount_amount',0)
        assert disc<=gross
        lines.append(dict(gross=gross,line_discount=disc,net0=gross-disc,taxable=l.get('taxable',True)))
    dd=q.get('document_discount')
    base=sum(x['net0'] for x in lines)
    if isinstance(dd,dict) and 'percent' in dd: total_dd=half_up(F(base*dec(dd['percent'],2),10000))
    elif isinstance(dd,dict): total_dd=dd['amount']
    elif dd: total_dd=dd
    else: total_dd=0
    # largest remainder
    if total_dd:
        exact=[F(total_dd*x['net0'],base) for x in lines]
        parts=[int(e//1) for e in exact]
        rem=total_dd-sum(parts)
        order=sorted(range(len(lines)),key=lambda i:(-(exact[i]-parts[i]),i))
        for i in order[:rem]: parts[i]+=1
    else: parts=[0]*len(lines)
    out=[]
    for x,p in zip(lines,parts):
        net=x['net0']-p
        vat=net*vat_bp//10000 if x['taxable'] else 0
        duty=net*duty_bp//10000 if x['taxable'] else 0
        out.append(dict(gross=x['gross'],line_discount=x['line_discount'],document_discount=p,net=net,vat=vat,duty=duty,total=net+vat+duty))
    adds=[]
    a_in=list(q.get('additions',[]))
    if q.get('shipping'): a_in=[dict(amount=q['shipping'],taxable=q.get('shipping_taxable',False))]+a_in
    for a in a_in:
        amt=a['amount']; t=a.get('taxable',False)
        vat=amt*vat_bp//10000 if t else 0; duty=amt*duty_bp//10000 if t else 0
        adds.append(dict(gross=amt,line_discount=0,document_discount=0,net=amt,vat=vat,duty=duty,total=amt+vat+duty))
    allx=out+adds
    return dict(lines=out,additions=adds,gross=sum(x['gross'] for x in out),
        discount=sum(x['line_discount']+x['document_discount'] for x in out),
        net=sum(x['net'] for x in allx),vat=sum(x['vat'] for x in allx),duty=sum(x['duty'] for x in allx),total=sum(x['total'] for x in allx))
if __name__=='__main__':
    q=json.load(open(sys.argv[1])); print(json.dumps(compute(q),indent=2,ensure_ascii=False))
