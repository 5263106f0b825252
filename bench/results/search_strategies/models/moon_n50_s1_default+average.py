"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: ee4c2416cd99f445
data_fingerprint: 7dad08a9cd4ab8bc
train_score: {'loss': 0.0869, 'log_loss': 0.0869, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.1249, 'log_loss': 0.1249, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-11-27T03:37:46+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


# member 1
def predict_m1(a, b, w_a=2.899, w_b=-4.701, bias=-0.2424, w_new1=4.999, w_new2=-1.921, w_new3=-1.953, t_new1a=0.08372, t_new2a=0.8533, t_new3a=0.8536, w_r0_1=0.4927, w_r0_2=-0.6302, t_r0_1a=0.07986, t_r0_2a=0.8924, w_r1_1=0.1548, w_r1_2=-0.3704, t_r1_1a=0.2281, t_r1_2a=0.9028, w_r2_1=0.08356, w_r2_2=-0.2523, t_r2_1a=0.2695, t_r2_2a=0.9112, w_r3_1=0.05567, w_r3_2=-0.1821, t_r3_1a=0.2822, t_r3_2a=0.9174, w_r4_1=0.03914, w_r4_2=-0.138, t_r4_1a=0.2895, t_r4_2a=0.9223, w_r5_1=0.02869, w_r5_2=-0.1082, t_r5_1a=0.2926, t_r5_2a=0.9265, w_r6_1=0.02299, w_r6_2=-0.08439, t_r6_1a=0.2921, t_r6_2a=0.9281, w_r7_1=0.01581, w_r7_2=-0.06608, t_r7_1a=0.2943, t_r7_2a=0.9301, w_r8_1=0.01072, w_r8_2=-0.05139, t_r8_1a=0.2947, t_r8_2a=0.9313, w_r9_1=0.006369, w_r9_2=-0.03928, t_r9_1a=0.2957, t_r9_2a=0.9322, cal_scale=1.248, cal_shift=-0.02708):
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
def predict_m2(a, b, w_a=2.85, w_b=-4.616, bias=-0.2435, w_new1=4.888, w_new2=-1.895, w_new3=-1.926, t_new1a=0.0792, t_new2a=0.8597, t_new3a=0.858, w_r0_1=0.4881, w_r0_2=-0.624, t_r0_1a=0.08082, t_r0_2a=0.8961, w_r1_1=0.1518, w_r1_2=-0.3635, t_r1_1a=0.2297, t_r1_2a=0.905, w_r2_1=0.08069, w_r2_2=-0.2454, t_r2_1a=0.2705, t_r2_2a=0.9128, w_r3_1=0.05337, w_r3_2=-0.1754, t_r3_1a=0.2827, t_r3_2a=0.9177, w_r4_1=0.03614, w_r4_2=-0.1311, t_r4_1a=0.2897, t_r4_2a=0.923, w_r5_1=0.02543, w_r5_2=-0.1018, t_r5_1a=0.2934, t_r5_2a=0.9277, w_r6_1=0.02042, w_r6_2=-0.07767, t_r6_1a=0.2932, t_r6_2a=0.9286, w_r7_1=0.01226, w_r7_2=-0.05942, t_r7_1a=0.2949, t_r7_2a=0.9306, w_r8_1=0.008111, w_r8_2=-0.04451, t_r8_1a=0.2948, t_r8_2a=0.9314, cal_scale=1.271, cal_shift=-0.02777):
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
def predict_m3(a, b, w_a=2.794, w_b=-4.516, bias=-0.2457, w_new1=4.765, w_new2=-1.864, w_new3=-1.893, t_new1a=0.07397, t_new2a=0.8651, t_new3a=0.8652, w_r0_1=0.4817, w_r0_2=-0.6146, t_r0_1a=0.0783, t_r0_2a=0.902, w_r1_1=0.1454, w_r1_2=-0.355, t_r1_1a=0.2324, t_r1_2a=0.9093, w_r2_1=0.07508, w_r2_2=-0.2367, t_r2_1a=0.2729, t_r2_2a=0.9161, w_r3_1=0.04768, w_r3_2=-0.167, t_r3_1a=0.2851, t_r3_2a=0.9211, w_r4_1=0.03157, w_r4_2=-0.1226, t_r4_1a=0.2914, t_r4_2a=0.9253, w_r5_1=0.0211, w_r5_2=-0.09292, t_r5_1a=0.2943, t_r5_2a=0.9289, w_r6_1=0.01552, w_r6_2=-0.06946, t_r6_1a=0.2934, t_r6_2a=0.9301, w_r7_1=0.008338, w_r7_2=-0.05077, t_r7_1a=0.2954, t_r7_2a=0.9317, cal_scale=1.299, cal_shift=-0.02748):
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
def predict_m4(a, b, w_a=2.731, w_b=-4.403, bias=-0.2476, w_new1=4.62, w_new2=-1.827, w_new3=-1.855, t_new1a=0.06771, t_new2a=0.8722, t_new3a=0.8725, w_r0_1=0.4745, w_r0_2=-0.6042, t_r0_1a=0.07787, t_r0_2a=0.9076, w_r1_1=0.1396, w_r1_2=-0.3447, t_r1_1a=0.2351, t_r1_2a=0.9129, w_r2_1=0.07002, w_r2_2=-0.2265, t_r2_1a=0.2748, t_r2_2a=0.9188, w_r3_1=0.04289, w_r3_2=-0.1569, t_r3_1a=0.2864, t_r3_2a=0.9231, w_r4_1=0.02692, w_r4_2=-0.1125, t_r4_1a=0.2924, t_r4_2a=0.9268, w_r5_1=0.01651, w_r5_2=-0.08286, t_r5_1a=0.2951, t_r5_2a=0.9301, w_r6_1=0.01091, w_r6_2=-0.05942, t_r6_1a=0.2941, t_r6_2a=0.9311, cal_scale=1.333, cal_shift=-0.02738):
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
def predict_m5(a, b, w_a=2.656, w_b=-4.271, bias=-0.2473, w_new1=4.46, w_new2=-1.787, w_new3=-1.81, t_new1a=0.06133, t_new2a=0.8802, t_new3a=0.8802, w_r0_1=0.4646, w_r0_2=-0.5932, t_r0_1a=0.07684, t_r0_2a=0.913, w_r1_1=0.1311, w_r1_2=-0.3329, t_r1_1a=0.2386, t_r1_2a=0.9171, w_r2_1=0.06265, w_r2_2=-0.2139, t_r2_1a=0.2781, t_r2_2a=0.9215, w_r3_1=0.0369, w_r3_2=-0.1452, t_r3_1a=0.2883, t_r3_2a=0.926, w_r4_1=0.02211, w_r4_2=-0.101, t_r4_1a=0.2927, t_r4_2a=0.929, w_r5_1=0.01202, w_r5_2=-0.06965, t_r5_1a=0.2948, t_r5_2a=0.931, cal_scale=1.374, cal_shift=-0.02725):
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
def predict_m6(a, b, w_a=2.569, w_b=-4.118, bias=-0.2457, w_new1=4.269, w_new2=-1.738, w_new3=-1.76, t_new1a=0.05324, t_new2a=0.8895, t_new3a=0.8897, w_r0_1=0.454, w_r0_2=-0.5777, t_r0_1a=0.07743, t_r0_2a=0.9196, w_r1_1=0.1228, w_r1_2=-0.3175, t_r1_1a=0.2427, t_r1_2a=0.921, w_r2_1=0.05555, w_r2_2=-0.1985, t_r2_1a=0.2807, t_r2_2a=0.9243, w_r3_1=0.03013, w_r3_2=-0.1299, t_r3_1a=0.2902, t_r3_2a=0.9281, w_r4_1=0.0155, w_r4_2=-0.08576, t_r4_1a=0.2941, t_r4_2a=0.9306, cal_scale=1.424, cal_shift=-0.02796):
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
def predict_m7(a, b, w_a=2.47, w_b=-3.943, bias=-0.2426, w_new1=4.047, w_new2=-1.682, w_new3=-1.702, t_new1a=0.0426, t_new2a=0.9021, t_new3a=0.9016, w_r0_1=0.4403, w_r0_2=-0.5578, t_r0_1a=0.08222, t_r0_2a=0.9255, w_r1_1=0.1134, w_r1_2=-0.2981, t_r1_1a=0.2481, t_r1_2a=0.9231, w_r2_1=0.04811, w_r2_2=-0.179, t_r2_1a=0.2827, t_r2_2a=0.9253, w_r3_1=0.02103, w_r3_2=-0.109, t_r3_1a=0.2941, t_r3_2a=0.9289, cal_scale=1.487, cal_shift=-0.03037):
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
def predict_m8(a, b, w_a=2.344, w_b=-3.724, bias=-0.2327, w_new1=3.776, w_new2=-1.61, w_new3=-1.629, t_new1a=0.0301, t_new2a=0.9161, t_new3a=0.9172, w_r0_1=0.4212, w_r0_2=-0.5325, t_r0_1a=0.08517, t_r0_2a=0.9333, w_r1_1=0.1006, w_r1_2=-0.2723, t_r1_1a=0.2536, t_r1_2a=0.9261, w_r2_1=0.03642, w_r2_2=-0.1534, t_r2_1a=0.287, t_r2_2a=0.9277, cal_scale=1.574, cal_shift=-0.03604):
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
def predict_m9(a, b, w_a=2.185, w_b=-3.448, bias=-0.2149, w_new1=3.444, w_new2=-1.522, w_new3=-1.539, t_new1a=0.01337, t_new2a=0.9355, t_new3a=0.9376, w_r0_1=0.394, w_r0_2=-0.4974, t_r0_1a=0.0933, t_r0_2a=0.9423, w_r1_1=0.08146, w_r1_2=-0.2371, t_r1_1a=0.2628, t_r1_2a=0.9299, cal_scale=1.699, cal_shift=-0.04601):
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
def predict_m10(a, b, w_a=1.973, w_b=-3.084, bias=-0.1832, w_new1=3.027, w_new2=-1.412, w_new3=-1.426, t_new1a=-0.009585, t_new2a=0.963, t_new3a=0.9683, w_r0_1=0.3546, w_r0_2=-0.4507, t_r0_1a=0.108, t_r0_2a=0.9523, cal_scale=1.897, cal_shift=-0.06376):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(a - t_r0_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 11
def predict_m11(a, b, w_a=1.656, w_b=-2.539, bias=-0.1266, w_new1=2.594, w_new2=-1.289, w_new3=-1.3, t_new1a=-0.04064, t_new2a=1.015, t_new3a=1.025, cal_scale=2.296, cal_shift=-0.07787):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 12
def predict_m12(a, b, w_a=1.644, w_b=-2.493, bias=-0.3613, w_new1=2.675, w_new2=0.1059, w_new3=-2.44, t_new1a=-0.06, t_new2b=0.1779, t_new3a=1.005, cal_scale=2.324, cal_shift=-0.007977):
    score = w_a * a + w_b * b + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 13
def predict_m13(a, b, w_a=1.645, w_b=-2.494, bias=-0.3617, w_new1=2.675, w_new2=0.1059, w_new3=-2.44, t_new1b=-0.06017, t_new2b=0.178, t_new3b=1.005, cal_scale=2.324, cal_shift=-0.008066):
    score = w_a * a + w_b * b + bias
    # change or add terms that capture the pattern, each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1b)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(a - t_new3b)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 14
def predict_m14(a, b, w_a=0.7013, w_b=-3.09, bias=0.4461, cal_scale=1.474, cal_shift=0.07105):
    score = w_a * a + w_b * b + bias
    # keep the weights of the columns that matter; drop columns that do not help
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 15
def predict_m15(a, b, w_a=0.5875, w_b=-3.306, bias=0.5312, w_new1=0.1313, w_new2=0.1315, w_new3=0.1313, cal_scale=1.472, cal_shift=0.02669):
    score = w_a * a + w_b * b + bias
    # add products of columns, e.g. w_ab * a * b, each with its own parameter
    score = score + w_new1 * a * b
    score = score + w_new2 * a * b
    score = score + w_new3 * a * b
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 16
def predict_m16(a, b, w_a=0.6128, w_b=-2.477, bias=0.5522, w_new1=0.1268, t_new1a=0.1935, w_new2=-0.6596, t_new2b=-0.3738, w_new3=-0.04801, t_new3a=0.928, cal_scale=1.398, cal_shift=0.1278):
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
                         'min': -1.042,
                         'max': 2.068,
                         'mean': 0.5233000000000001,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.513,
                         'max': 1.056,
                         'mean': 0.26705999999999996,
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
                'members': [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 2, 1, 5, 0, 4, 3],
                'prompt_hash': 'ee4c2416cd99f445',
                'train_score': {'loss': 0.0869, 'log_loss': 0.0869, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.1249,
                                     'log_loss': 0.1249,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'average',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '7dad08a9cd4ab8bc',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34376,
                'completion_tokens': 1182,
                'fit_seconds': 41.26,
                'created': '2026-11-27T03:37:46+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 1,
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
