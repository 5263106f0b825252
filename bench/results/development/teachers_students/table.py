"""The comparison of explore.jsonl: each rule's test ROC-AUC by seed, and its paired difference to lead<avg."""
import json
from pathlib import Path

import numpy as np
rows=[json.loads(l) for l in open(Path(__file__).with_name('explore.jsonl'))]
keys=['lr','default_row','teacher_avg','teacher_allcv','teacher_stack','lead<avg','one_se<avg','simplest<avg','lead<allcv','one_se<allcv','simplest<allcv','lead<stack','one_se<stack']
print('seed '+' '.join(f'{k[:12]:>12}' for k in keys))
for r in rows:
    print(f"{r['seed']:4d} "+' '.join(f"{r.get(k,float('nan')):12.4f}" for k in keys), r['lead'], r['one_se'], r['simplest'])
ref=np.array([r['lead<avg'] for r in rows])
print('mean '+' '.join(f"{np.mean([r.get(k,np.nan) for r in rows]):12.4f}" for k in keys))
for k in keys:
    d=np.array([r.get(k,np.nan) for r in rows])-ref
    print(f"{k:15s} vs lead<avg {d.mean():+.4f} ± {d.std(ddof=1)/np.sqrt(len(d)):.4f} better {np.sum(d>0.0005)} worse {np.sum(d<-0.0005)}")
