"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 95e4cdc1e5c7a5bd
data_fingerprint: 3177f0ef9a332889
train_score: {'loss': 0.0975, 'log_loss': 0.0975, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.1286, 'log_loss': 0.1286, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-11-27T03:36:44+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


# member 1
def predict_m1(a, b, w_a=3.915, w_b=-4.874, bias=1.508, w_new1=1.173, w_new2=1.148, w_new3=-6.803, t_new1a=-0.09984, t_new2a=-0.08901, t_new3a=1.446, w_r0_1=0.3086, w_r0_2=-0.5018, t_r0_1a=-0.05552, t_r0_2a=0.981, w_r1_1=0.1546, w_r1_2=-0.1967, t_r1_1a=-0.04978, t_r1_2a=0.8439, w_r2_1=0.1027, w_r2_2=-0.1542, t_r2_1a=-0.04358, t_r2_2a=0.8385, w_r3_1=0.07928, w_r3_2=-0.138, t_r3_1a=-0.04051, t_r3_2a=0.84, w_r4_1=0.06854, w_r4_2=-0.1255, t_r4_1a=-0.03825, t_r4_2a=0.8389, w_r5_1=0.06107, w_r5_2=-0.1127, t_r5_1a=-0.03712, t_r5_2a=0.8413, w_r6_1=0.05727, w_r6_2=-0.09812, t_r6_1a=-0.03787, t_r6_2a=0.8425, w_r7_1=0.05417, w_r7_2=-0.08373, t_r7_1a=-0.0375, t_r7_2a=0.8443, w_r8_1=0.05137, w_r8_2=-0.06755, t_r8_1a=-0.03723, t_r8_2a=0.846, w_r9_1=0.04852, w_r9_2=-0.04984, t_r9_1a=-0.03707, t_r9_2a=0.8475, cal_scale=1.347, cal_shift=-0.0461):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(a - t_r0_2a)**2)
    score = score + w_r1_1 * np.exp(-(a - t_r1_1a)**2)
    score = score + w_r1_2 * np.exp(-(a - t_r1_2a)**2)
    score = score + w_r2_1 * np.exp(-(a - t_r2_1a)**2)
    score = score + w_r2_2 * np.exp(-(a - t_r2_2a)**2)
    score = score + w_r3_1 * np.exp(-(a - t_r3_1a)**2)
    score = score + w_r3_2 * np.exp(-(a - t_r3_2a)**2)
    score = score + w_r4_1 * np.exp(-(a - t_r4_1a)**2)
    score = score + w_r4_2 * np.exp(-(a - t_r4_2a)**2)
    score = score + w_r5_1 * np.exp(-(a - t_r5_1a)**2)
    score = score + w_r5_2 * np.exp(-(a - t_r5_2a)**2)
    score = score + w_r6_1 * np.exp(-(a - t_r6_1a)**2)
    score = score + w_r6_2 * np.exp(-(a - t_r6_2a)**2)
    score = score + w_r7_1 * np.exp(-(a - t_r7_1a)**2)
    score = score + w_r7_2 * np.exp(-(a - t_r7_2a)**2)
    score = score + w_r8_1 * np.exp(-(a - t_r8_1a)**2)
    score = score + w_r8_2 * np.exp(-(a - t_r8_2a)**2)
    score = score + w_r9_1 * np.exp(-(a - t_r9_1a)**2)
    score = score + w_r9_2 * np.exp(-(a - t_r9_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 2
def predict_m2(a, b, w_a=3.797, w_b=-4.797, bias=1.421, w_new1=1.171, w_new2=1.147, w_new3=-6.688, t_new1a=-0.1027, t_new2a=-0.08978, t_new3a=1.425, w_r0_1=0.3079, w_r0_2=-0.4848, t_r0_1a=-0.05535, t_r0_2a=1.003, w_r1_1=0.1539, w_r1_2=-0.1743, t_r1_1a=-0.04969, t_r1_2a=0.8495, w_r2_1=0.102, w_r2_2=-0.1316, t_r2_1a=-0.04346, t_r2_2a=0.8428, w_r3_1=0.0786, w_r3_2=-0.1154, t_r3_1a=-0.04039, t_r3_2a=0.8439, w_r4_1=0.06787, w_r4_2=-0.1029, t_r4_1a=-0.03814, t_r4_2a=0.8424, w_r5_1=0.0604, w_r5_2=-0.09018, t_r5_1a=-0.03701, t_r5_2a=0.8446, w_r6_1=0.05659, w_r6_2=-0.07559, t_r6_1a=-0.03777, t_r6_2a=0.8453, w_r7_1=0.05349, w_r7_2=-0.06125, t_r7_1a=-0.03741, t_r7_2a=0.8467, w_r8_1=0.0507, w_r8_2=-0.04511, t_r8_1a=-0.03713, t_r8_2a=0.8481, cal_scale=1.367, cal_shift=-0.04597):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(a - t_r0_2a)**2)
    score = score + w_r1_1 * np.exp(-(a - t_r1_1a)**2)
    score = score + w_r1_2 * np.exp(-(a - t_r1_2a)**2)
    score = score + w_r2_1 * np.exp(-(a - t_r2_1a)**2)
    score = score + w_r2_2 * np.exp(-(a - t_r2_2a)**2)
    score = score + w_r3_1 * np.exp(-(a - t_r3_1a)**2)
    score = score + w_r3_2 * np.exp(-(a - t_r3_2a)**2)
    score = score + w_r4_1 * np.exp(-(a - t_r4_1a)**2)
    score = score + w_r4_2 * np.exp(-(a - t_r4_2a)**2)
    score = score + w_r5_1 * np.exp(-(a - t_r5_1a)**2)
    score = score + w_r5_2 * np.exp(-(a - t_r5_2a)**2)
    score = score + w_r6_1 * np.exp(-(a - t_r6_1a)**2)
    score = score + w_r6_2 * np.exp(-(a - t_r6_2a)**2)
    score = score + w_r7_1 * np.exp(-(a - t_r7_1a)**2)
    score = score + w_r7_2 * np.exp(-(a - t_r7_2a)**2)
    score = score + w_r8_1 * np.exp(-(a - t_r8_1a)**2)
    score = score + w_r8_2 * np.exp(-(a - t_r8_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 3
def predict_m3(a, b, w_a=3.671, w_b=-4.702, bias=1.339, w_new1=1.17, w_new2=1.146, w_new3=-6.539, t_new1a=-0.1028, t_new2a=-0.08722, t_new3a=1.408, w_r0_1=0.3069, w_r0_2=-0.4709, t_r0_1a=-0.0543, t_r0_2a=1.022, w_r1_1=0.1528, w_r1_2=-0.155, t_r1_1a=-0.04943, t_r1_2a=0.8538, w_r2_1=0.101, w_r2_2=-0.1121, t_r2_1a=-0.04344, t_r2_2a=0.8458, w_r3_1=0.07761, w_r3_2=-0.09597, t_r3_1a=-0.04048, t_r3_2a=0.8467, w_r4_1=0.06688, w_r4_2=-0.08338, t_r4_1a=-0.03829, t_r4_2a=0.8448, w_r5_1=0.05942, w_r5_2=-0.07072, t_r5_1a=-0.03719, t_r5_2a=0.8468, w_r6_1=0.05561, w_r6_2=-0.05616, t_r6_1a=-0.03798, t_r6_2a=0.8471, w_r7_1=0.05251, w_r7_2=-0.04183, t_r7_1a=-0.03764, t_r7_2a=0.8482, cal_scale=1.394, cal_shift=-0.04449):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(a - t_r0_2a)**2)
    score = score + w_r1_1 * np.exp(-(a - t_r1_1a)**2)
    score = score + w_r1_2 * np.exp(-(a - t_r1_2a)**2)
    score = score + w_r2_1 * np.exp(-(a - t_r2_1a)**2)
    score = score + w_r2_2 * np.exp(-(a - t_r2_2a)**2)
    score = score + w_r3_1 * np.exp(-(a - t_r3_1a)**2)
    score = score + w_r3_2 * np.exp(-(a - t_r3_2a)**2)
    score = score + w_r4_1 * np.exp(-(a - t_r4_1a)**2)
    score = score + w_r4_2 * np.exp(-(a - t_r4_2a)**2)
    score = score + w_r5_1 * np.exp(-(a - t_r5_1a)**2)
    score = score + w_r5_2 * np.exp(-(a - t_r5_2a)**2)
    score = score + w_r6_1 * np.exp(-(a - t_r6_1a)**2)
    score = score + w_r6_2 * np.exp(-(a - t_r6_2a)**2)
    score = score + w_r7_1 * np.exp(-(a - t_r7_1a)**2)
    score = score + w_r7_2 * np.exp(-(a - t_r7_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 4
def predict_m4(a, b, w_a=3.532, w_b=-4.6, bias=1.251, w_new1=1.17, w_new2=1.146, w_new3=-6.35, t_new1a=-0.09702, t_new2a=-0.07967, t_new3a=1.39, w_r0_1=0.3071, w_r0_2=-0.4582, t_r0_1a=-0.05171, t_r0_2a=1.039, w_r1_1=0.153, w_r1_2=-0.1365, t_r1_1a=-0.04824, t_r1_2a=0.8579, w_r2_1=0.1012, w_r2_2=-0.09337, t_r2_1a=-0.04269, t_r2_2a=0.8487, w_r3_1=0.07785, w_r3_2=-0.07724, t_r3_1a=-0.03996, t_r3_2a=0.8492, w_r4_1=0.06714, w_r4_2=-0.06458, t_r4_1a=-0.03787, t_r4_2a=0.8469, w_r5_1=0.0597, w_r5_2=-0.05197, t_r5_1a=-0.03685, t_r5_2a=0.8486, w_r6_1=0.05588, w_r6_2=-0.0374, t_r6_1a=-0.03768, t_r6_2a=0.8486, cal_scale=1.423, cal_shift=-0.0407):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(a - t_r0_2a)**2)
    score = score + w_r1_1 * np.exp(-(a - t_r1_1a)**2)
    score = score + w_r1_2 * np.exp(-(a - t_r1_2a)**2)
    score = score + w_r2_1 * np.exp(-(a - t_r2_1a)**2)
    score = score + w_r2_2 * np.exp(-(a - t_r2_2a)**2)
    score = score + w_r3_1 * np.exp(-(a - t_r3_1a)**2)
    score = score + w_r3_2 * np.exp(-(a - t_r3_2a)**2)
    score = score + w_r4_1 * np.exp(-(a - t_r4_1a)**2)
    score = score + w_r4_2 * np.exp(-(a - t_r4_2a)**2)
    score = score + w_r5_1 * np.exp(-(a - t_r5_1a)**2)
    score = score + w_r5_2 * np.exp(-(a - t_r5_2a)**2)
    score = score + w_r6_1 * np.exp(-(a - t_r6_1a)**2)
    score = score + w_r6_2 * np.exp(-(a - t_r6_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 5
def predict_m5(a, b, w_a=3.382, w_b=-4.478, bias=1.159, w_new1=1.169, w_new2=1.145, w_new3=-6.122, t_new1a=-0.08913, t_new2a=-0.07041, t_new3a=1.373, w_r0_1=0.3073, w_r0_2=-0.4464, t_r0_1a=-0.04849, t_r0_2a=1.053, w_r1_1=0.1533, w_r1_2=-0.1196, t_r1_1a=-0.0468, t_r1_2a=0.861, w_r2_1=0.1016, w_r2_2=-0.07626, t_r2_1a=-0.04185, t_r2_2a=0.8508, w_r3_1=0.07829, w_r3_2=-0.06013, t_r3_1a=-0.03941, t_r3_2a=0.851, w_r4_1=0.06761, w_r4_2=-0.04741, t_r4_1a=-0.03746, t_r4_2a=0.8484, w_r5_1=0.06017, w_r5_2=-0.03483, t_r5_1a=-0.03654, t_r5_2a=0.8498, cal_scale=1.46, cal_shift=-0.03485):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(a - t_r0_2a)**2)
    score = score + w_r1_1 * np.exp(-(a - t_r1_1a)**2)
    score = score + w_r1_2 * np.exp(-(a - t_r1_2a)**2)
    score = score + w_r2_1 * np.exp(-(a - t_r2_1a)**2)
    score = score + w_r2_2 * np.exp(-(a - t_r2_2a)**2)
    score = score + w_r3_1 * np.exp(-(a - t_r3_1a)**2)
    score = score + w_r3_2 * np.exp(-(a - t_r3_2a)**2)
    score = score + w_r4_1 * np.exp(-(a - t_r4_1a)**2)
    score = score + w_r4_2 * np.exp(-(a - t_r4_2a)**2)
    score = score + w_r5_1 * np.exp(-(a - t_r5_1a)**2)
    score = score + w_r5_2 * np.exp(-(a - t_r5_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 6
def predict_m6(a, b, w_a=3.216, w_b=-4.334, bias=1.059, w_new1=1.168, w_new2=1.145, w_new3=-5.853, t_new1a=-0.07844, t_new2a=-0.05923, t_new3a=1.355, w_r0_1=0.3067, w_r0_2=-0.4348, t_r0_1a=-0.04499, t_r0_2a=1.065, w_r1_1=0.1535, w_r1_2=-0.1043, t_r1_1a=-0.04619, t_r1_2a=0.8629, w_r2_1=0.1015, w_r2_2=-0.05874, t_r2_1a=-0.04087, t_r2_2a=0.8522, w_r3_1=0.08064, w_r3_2=-0.0425, t_r3_1a=-0.03976, t_r3_2a=0.8515, w_r4_1=0.06774, w_r4_2=-0.03013, t_r4_1a=-0.03807, t_r4_2a=0.849, cal_scale=1.505, cal_shift=-0.02636):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(a - t_r0_2a)**2)
    score = score + w_r1_1 * np.exp(-(a - t_r1_1a)**2)
    score = score + w_r1_2 * np.exp(-(a - t_r1_2a)**2)
    score = score + w_r2_1 * np.exp(-(a - t_r2_1a)**2)
    score = score + w_r2_2 * np.exp(-(a - t_r2_2a)**2)
    score = score + w_r3_1 * np.exp(-(a - t_r3_1a)**2)
    score = score + w_r3_2 * np.exp(-(a - t_r3_2a)**2)
    score = score + w_r4_1 * np.exp(-(a - t_r4_1a)**2)
    score = score + w_r4_2 * np.exp(-(a - t_r4_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 7
def predict_m7(a, b, w_a=3.025, w_b=-4.159, bias=0.9481, w_new1=1.169, w_new2=1.145, w_new3=-5.52, t_new1a=-0.06494, t_new2a=-0.04395, t_new3a=1.337, w_r0_1=0.3071, w_r0_2=-0.4233, t_r0_1a=-0.04178, t_r0_2a=1.071, w_r1_1=0.1529, w_r1_2=-0.08879, t_r1_1a=-0.04443, t_r1_2a=0.8652, w_r2_1=0.102, w_r2_2=-0.04443, t_r2_1a=-0.04099, t_r2_2a=0.8524, w_r3_1=0.07877, w_r3_2=-0.02837, t_r3_1a=-0.03741, t_r3_2a=0.8524, cal_scale=1.566, cal_shift=-0.01381):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(a - t_r0_2a)**2)
    score = score + w_r1_1 * np.exp(-(a - t_r1_1a)**2)
    score = score + w_r1_2 * np.exp(-(a - t_r1_2a)**2)
    score = score + w_r2_1 * np.exp(-(a - t_r2_1a)**2)
    score = score + w_r2_2 * np.exp(-(a - t_r2_2a)**2)
    score = score + w_r3_1 * np.exp(-(a - t_r3_1a)**2)
    score = score + w_r3_2 * np.exp(-(a - t_r3_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 8
def predict_m8(a, b, w_a=2.804, w_b=-3.945, bias=0.8104, w_new1=1.169, w_new2=1.145, w_new3=-5.111, t_new1a=-0.04934, t_new2a=-0.02954, t_new3a=1.316, w_r0_1=0.3091, w_r0_2=-0.4071, t_r0_1a=-0.03614, t_r0_2a=1.071, w_r1_1=0.1558, w_r1_2=-0.07273, t_r1_1a=-0.04212, t_r1_2a=0.8651, w_r2_1=0.104, w_r2_2=-0.0281, t_r2_1a=-0.03918, t_r2_2a=0.8521, cal_scale=1.646, cal_shift=0.006081):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(a - t_r0_2a)**2)
    score = score + w_r1_1 * np.exp(-(a - t_r1_1a)**2)
    score = score + w_r1_2 * np.exp(-(a - t_r1_2a)**2)
    score = score + w_r2_1 * np.exp(-(a - t_r2_1a)**2)
    score = score + w_r2_2 * np.exp(-(a - t_r2_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 9
def predict_m9(a, b, w_a=2.535, w_b=-3.663, bias=0.6435, w_new1=1.168, w_new2=1.144, w_new3=-4.594, t_new1a=-0.03484, t_new2a=-0.01446, t_new3a=1.292, w_r0_1=0.3115, w_r0_2=-0.3862, t_r0_1a=-0.0315, t_r0_2a=1.061, w_r1_1=0.1574, w_r1_2=-0.05567, t_r1_1a=-0.03929, t_r1_2a=0.8632, cal_scale=1.766, cal_shift=0.03408):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(a - t_r0_2a)**2)
    score = score + w_r1_1 * np.exp(-(a - t_r1_1a)**2)
    score = score + w_r1_2 * np.exp(-(a - t_r1_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 10
def predict_m10(a, b, w_a=2.2, w_b=-3.275, bias=0.4362, w_new1=1.162, w_new2=1.141, w_new3=-3.94, t_new1a=-0.02817, t_new2a=-0.007243, t_new3a=1.262, w_r0_1=0.3149, w_r0_2=-0.3499, t_r0_1a=-0.02884, t_r0_2a=1.037, cal_scale=1.964, cal_shift=0.07022):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(a - t_r0_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 11
def predict_m11(a, b, w_a=1.746, w_b=-2.689, bias=0.1723, w_new1=1.164, w_new2=1.148, w_new3=-3.213, t_new1a=-0.04695, t_new2a=-0.02369, t_new3a=1.212, cal_scale=2.365, cal_shift=0.0764):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 12
def predict_m12(a, b, w_a=1.516, w_b=-3.44, bias=-0.8957, w_new1=2.32, w_new2=1.76, w_new3=-2.596, t_new1a=-0.04817, t_new2b=0.874, t_new3a=1.166, cal_scale=2.692, cal_shift=-0.03815):
    score = w_a * a + w_b * b + bias
    # change or add terms that capture the pattern, each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 13
def predict_m13(a, b, w_a=1.516, w_b=-3.439, bias=-0.8964, w_new1=2.32, w_new2=1.76, w_new3=-2.594, t_new1a=-0.04818, t_new2b=0.874, t_new3a=1.166, cal_scale=2.692, cal_shift=-0.03804):
    score = w_a * a + w_b * b + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 14
def predict_m14(a, b, w_a=0.3426, w_b=-2.769, bias=0.5383, w_new1=-0.06213, w_new2=-0.06273, w_new3=-0.06228, cal_scale=1.46, cal_shift=0.1308):
    score = w_a * a + w_b * b + bias
    # add products of columns, e.g. w_ab * a * b, each with its own parameter
    score = score + w_new1 * a * b
    score = score + w_new2 * a * b
    score = score + w_new3 * a * b
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 15
def predict_m15(a, b, w_a=0.2847, w_b=-2.818, bias=0.5641, cal_scale=1.486, cal_shift=0.1448):
    score = w_a * a + w_b * b + bias
    # keep the weights of the columns that matter; drop columns that do not help
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 16
def predict_m16(a, b, w_a=0.2766, w_b=-2.595, bias=0.5954, w_new1=0.02536, t_new1a=-0.004904, w_new2=-0.143, t_new2b=-0.2134, w_new3=0.0559, t_new3a=0.8058, cal_scale=1.527, cal_shift=-0.009228):
    score = w_a * a + w_b * b + bias
    # add distance terms, e.g. w_d * ((a - t_a)**2 + (b - t_b)**2), each with its own parameter
    score = score + w_new1 * (a - t_new1a) * (a - t_new1a)
    score = score + w_new2 * (b - t_new2b) * (b - t_new2b)
    score = score + w_new3 * (a - t_new3a) * (a - t_new3a)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


def predict(a, b):
    # average of 16 code models, each turned into probabilities first
    p1 = np.clip(np.asarray(predict_m1(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p2 = np.clip(np.asarray(predict_m2(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p3 = np.clip(np.asarray(predict_m3(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p4 = np.clip(np.asarray(predict_m4(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p5 = np.clip(np.asarray(predict_m5(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p6 = np.clip(np.asarray(predict_m6(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p7 = np.clip(np.asarray(predict_m7(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p8 = np.clip(np.asarray(predict_m8(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p9 = np.clip(np.asarray(predict_m9(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p10 = np.clip(np.asarray(predict_m10(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p11 = np.clip(np.asarray(predict_m11(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p12 = np.clip(np.asarray(predict_m12(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p13 = np.clip(np.asarray(predict_m13(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p14 = np.clip(np.asarray(predict_m14(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p15 = np.clip(np.asarray(predict_m15(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p16 = np.clip(np.asarray(predict_m16(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    return (p1 + p2 + p3 + p4 + p5 + p6 + p7 + p8 + p9 + p10 + p11 + p12 + p13 + p14 + p15 + p16) / 16
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.93,
                         'max': 2.054,
                         'mean': 0.5460799999999999,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.533,
                         'max': 1.05,
                         'mean': 0.27952,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 2, 5, 1, 4, 0, 3],
                'prompt_hash': '95e4cdc1e5c7a5bd',
                'train_score': {'loss': 0.0975, 'log_loss': 0.0975, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.1286,
                                     'log_loss': 0.1286,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'average',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '3177f0ef9a332889',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34496,
                'completion_tokens': 1182,
                'fit_seconds': 30.98,
                'created': '2026-11-27T03:36:44+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 0,
                          'validation_fraction': 0.3}}}


# ---- numpy-only wrapper (generated by iblearn) ----
def _inputs(table):
    """Column arrays keyed by the code model's argument names, from {column name: values}."""
    import numpy
    schema = IBLEARN_METADATA["schema"]
    out = {}
    for col in schema["columns"]:
        if col["name"] not in table:
            raise KeyError("missing column %r" % col["name"])
        values = table[col["name"]]
        arr = numpy.asarray(values)
        if col["kind"] == "numeric" and arr.dtype.kind in "fiub" and not col.get("datetime"):
            out[col["ident"]] = arr.astype(float)  # already numbers: no per-value conversion
        elif col["kind"] == "numeric":
            conv = _days if col.get("datetime") else float
            out[col["ident"]] = numpy.array(
                [float("nan") if v in ("", "NA", "nan", "NaT", None) else conv(v) for v in values], dtype=float)
        else:
            out[col["ident"]] = numpy.array(["NA" if v in ("", None) else str(v) for v in values], dtype=str)
    return out


def _days(v):
    """Days since 1970-01-01 (UTC) of an ISO-8601 date or time, as iblearn encoded dates at fit time."""
    import numpy
    s = str(v).strip().replace(" ", "T")
    shift = 0.0
    if s.endswith("Z"):
        s = s[:-1]
    elif len(s) > 10 and s[-6] in "+-" and s[-3] == ":":
        shift = (int(s[-5:-3]) * 60 + int(s[-2:])) * (1 if s[-6] == "+" else -1) / 1440.0
        s = s[:-6]
    return (numpy.datetime64(s, "ms") - numpy.datetime64("1970-01-01", "ms")) / numpy.timedelta64(1, "D") - shift


def predict_table(table):
    """Probabilities (classification: shape (rows,) for binary, (rows, classes) for multiclass) or values."""
    import numpy
    meta = IBLEARN_METADATA
    args = _inputs(table)
    n = len(next(iter(args.values())))
    if meta["matrix_arg"]:
        idents = [c["ident"] for c in meta["schema"]["columns"]]
        raw = predict(**{meta["matrix_arg"]: numpy.column_stack([args[i] for i in idents])})
    else:
        raw = predict(**{c: args[c] for c in meta["columns"]})
    out = numpy.asarray(raw, dtype=float)
    task, link = meta["task"], meta["link"]
    if task == "multiclass":
        k = len(meta["schema"]["classes"])
        if out.shape == (k, n) and n != k:
            out = out.T
        if link == "softmax":
            e = numpy.exp(out - out.max(axis=1, keepdims=True))
            return e / e.sum(axis=1, keepdims=True)
        s = numpy.clip(out, 0, None)
        t = s.sum(axis=1, keepdims=True)
        return numpy.where(t > 0, s / numpy.where(t > 0, t, 1), 1.0 / k)
    out = numpy.broadcast_to(out.reshape(-1) if out.size == n else out, (n,)).astype(float)
    cal = meta.get("calibration")
    if task == "binary":
        if cal is not None:
            if link != "sigmoid":
                q = numpy.clip(out, 1e-6, 1 - 1e-6)
                out = numpy.log(q / (1 - q))
            out = cal[0] * out + cal[1]
            return 1.0 / (1.0 + numpy.exp(-numpy.clip(out, -500, 500)))
        if link == "sigmoid":
            out = 1.0 / (1.0 + numpy.exp(-numpy.clip(out, -500, 500)))
        return numpy.clip(out, 0.0, 1.0)
    return out if cal is None else cal[0] * out + cal[1]


def predict_labels(table):
    """Class labels (classification) or values (regression)."""
    import numpy
    meta = IBLEARN_METADATA
    values = predict_table(table)
    classes = meta["schema"]["classes"]
    if meta["task"] == "binary":
        return [classes[1] if p > 0.5 else classes[0] for p in values]  # ties go to the first class, as in iblearn
    if meta["task"] == "multiclass":
        return [classes[i] for i in numpy.argmax(values, axis=1)]
    return list(values)


if __name__ == "__main__":
    import csv
    import sys
    if len(sys.argv) != 2:
        sys.exit("usage: python %s data.csv" % sys.argv[0])
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    table = {k: [r[k] for r in rows] for k in (rows[0].keys() if rows else [])}
    labels = predict_labels(table)
    writer = csv.writer(sys.stdout)
    meta = IBLEARN_METADATA
    if meta["task"] == "regression":
        writer.writerow(["prediction"])
        writer.writerows([["%.6g" % v] for v in labels])
    else:
        probs = predict_table(table)
        classes = meta["schema"]["classes"]
        if meta["task"] == "binary":
            writer.writerow(["prediction", "proba_%s" % classes[1]])
            writer.writerows([[lab, "%.6g" % p] for lab, p in zip(labels, probs)])
        else:
            writer.writerow(["prediction"] + ["proba_%s" % c for c in classes])
            writer.writerows([[lab] + ["%.6g" % p for p in row] for lab, row in zip(labels, probs)])
