#!/usr/bin/env python3
"""The question set of `medmine ask` (docs/ask.md): intents with hand-written gold SQL, each paraphrased several
ways. Written before the parser was tuned; every third intent (index % 3 == 2) is held out: its questions were never
looked at while tuning. The reference date is 2024-12-31 (the shared 20-patient population's last encounter day).
Writes medmine-core/src/test/resources/org/medmine/apps/ask/questions.jsonl.
Run: python3 bench/ask_questions.py"""
import json, os

A = "mm_age_years(p.birth_date, DATE '2024-12-31')"
def pat(where="", extra=""):
    return f"SELECT count(*) FROM patient p {('WHERE ' + where) if where else ''} {extra}".strip()
def has(table, codes, time=None, window=None):
    c = ", ".join(f"'{x}'" for x in codes)
    w = f" AND t.{time} >= DATE '{window[0]}' AND t.{time} < DATE '{window[1]}'" if window else ""
    return f"EXISTS (SELECT 1 FROM {table} t WHERE t.patient_id = p.id AND t.source = p.source AND t.code IN ({c}){w})"
def enc(cls, window=None, alias="t"):
    w = f" AND {alias}.start_time >= DATE '{window[0]}' AND {alias}.start_time < DATE '{window[1]}'" if window else ""
    return f"EXISTS (SELECT 1 FROM encounter {alias} WHERE {alias}.patient_id = p.id AND {alias}.source = p.source AND {alias}.class_code = '{cls}'{w})"

HTN = ["59621000", "38341003"]; T2D = ["44054006"]; HF = ["84114007", "88805009"]; MI = ["22298006", "401314000"]
PRED = ["15777000"]; CKD = ["431855005", "431856006", "433144002", "431857002"]; ANEMIA = ["271737000"]
COVID = ["840539006"]; IHD = ["414545008"]; HLD = ["55822004"]; GING = ["66383009"]; DEM = ["26929004"]
Y23 = ("2023-01-01", "2024-01-01"); Y24 = ("2024-01-01", "2025-01-01")

def rate(num, denom_where=""):
    w = f"WHERE {denom_where}" if denom_where else ""
    return (f"SELECT sum(CASE WHEN {num} THEN 1 ELSE 0 END), count(*), "
            f"round(100.0 * sum(CASE WHEN {num} THEN 1 ELSE 0 END) / count(*), 1) FROM patient p {w}")
def drug(name):
    return f"EXISTS (SELECT 1 FROM medication t WHERE t.patient_id = p.id AND t.code_display ILIKE '%{name}%')"
def obs_avg(code, where="", group=None):
    g = f"{group}, " if group else ""
    gb = "GROUP BY 1, 2 ORDER BY 1, 2" if group else "GROUP BY 1 ORDER BY 1"
    w = f" AND {where}" if where else ""
    return (f"SELECT {g}o.value_unit, count(*), round(avg(o.value_number), 2) FROM observation o JOIN patient p "
            f"ON p.id = o.patient_id AND p.source = o.source WHERE o.code = '{code}' AND o.value_number IS NOT NULL{w} {gb}")
def obs_dist(code, where=""):
    w = f" AND {where}" if where else ""
    return (f"SELECT o.value_unit, count(*), round(min(o.value_number), 2), round(median(o.value_number), 2), "
            f"round(avg(o.value_number), 2), round(max(o.value_number), 2) FROM observation o JOIN patient p "
            f"ON p.id = o.patient_id AND p.source = o.source WHERE o.code = '{code}' AND o.value_number IS NOT NULL{w} "
            f"GROUP BY 1 ORDER BY 1")
def top(table, n, where="", time=None, window=None):
    w = [where] if where else []
    if window:
        w.append(f"t.{time} >= DATE '{window[0]}' AND t.{time} < DATE '{window[1]}'")
    ws = ("WHERE " + " AND ".join(w)) if w else ""
    return (f"SELECT t.code, min(t.code_display), count(DISTINCT p.id) AS k FROM {table} t JOIN patient p "
            f"ON p.id = t.patient_id AND p.source = t.source {ws} GROUP BY t.code ORDER BY k DESC, t.code LIMIT {n}")
def trend(table, time, unit, where, distinct=False):
    c = "count(DISTINCT p.id)" if distinct else "count(*)"
    return (f"SELECT CAST(date_trunc('{unit}', t.{time}) AS DATE), {c} FROM {table} t JOIN patient p "
            f"ON p.id = t.patient_id AND p.source = t.source WHERE {where} GROUP BY 1 ORDER BY 1")
def by(col, where=""):
    return f"SELECT {col}, count(*) FROM patient p {('WHERE ' + where) if where else ''} GROUP BY 1 ORDER BY 1"
BAND = (f"CASE WHEN p.birth_date IS NULL THEN 'unknown' WHEN {A} < 18 THEN '0-17' WHEN {A} < 45 THEN '18-44' "
        f"WHEN {A} < 65 THEN '45-64' ELSE '65+' END")
def win(col, w):
    return f"{col} >= DATE '{w[0]}' AND {col} < DATE '{w[1]}'"

I = []  # (kind, gold SQL or None for a clarification, [paraphrases])
def q(kind, gold, *qs):
    I.append((kind, gold, list(qs)))

# ---- counts
q("count", pat(), "How many patients are there?", "How many patients do we have?", "Total number of patients",
  "count of patients in the warehouse", "What is the number of patients?")
q("count", pat("p.sex = 'female'"), "How many women are there?", "How many female patients?",
  "number of female patients", "count the women", "How many patients are female?")
q("count", pat(f"{A} >= 66"), "How many patients are over 65?", "How many patients older than 65?",
  "number of patients over the age of 65", "count of patients above 65 years old")
q("count", pat(has("condition", HTN)), "How many patients have hypertension?",
  "How many patients with high blood pressure?", "number of patients diagnosed with hypertension",
  "How many people have HTN?", "count patients with essential hypertension")
q("count", pat(has("condition", T2D)), "How many patients have type 2 diabetes?", "How many patients with T2DM?",
  "number of patients with diabetes mellitus type 2", "How many people have type II diabetes?",
  "count of patients with DM2")
q("count", pat(has("condition", MI)), "How many patients had an MI?", "How many patients had a heart attack?",
  "number of patients with myocardial infarction", "How many people have had a myocardial infarction?")
q("count", pat("p.sex = 'female' AND " + f"{A} >= 66 AND " + has("condition", HF)),
  "How many women over 65 have heart failure?", "number of female patients older than 65 with CHF",
  "How many women above 65 were diagnosed with heart failure?", "count of women over 65 with congestive heart failure")
q("count", pat(has("condition", PRED)), "How many patients have prediabetes?", "number of patients with pre-diabetes",
  "How many people are prediabetic?", "How many patients with borderline diabetes?")
q("count", pat(has("condition", CKD)), "How many patients have chronic kidney disease?", "How many patients with CKD?",
  "number of patients with chronic renal insufficiency", "count of people with chronic kidney disease")
q("count", pat("p.sex = 'male' AND " + has("condition", IHD)), "How many men have ischemic heart disease?",
  "number of male patients with ischemic heart disease", "How many males with ischemic heart disease?",
  "count men diagnosed with ischemic heart disease")
q("count", pat(has("condition", COVID, "onset_time", ("2020-01-01", "2021-01-01"))),
  "How many patients had COVID-19 in 2020?", "number of patients diagnosed with covid in 2020",
  "How many people had COVID during 2020?", "How many patients were diagnosed with coronavirus disease in 2020?")
q("count", pat(enc("IMP", Y23)), "How many patients were admitted last year?",
  "How many patients were hospitalized last year?", "number of patients admitted to hospital last year",
  "How many people were admitted in 2023?")
q("count", "SELECT count(*) FROM encounter e JOIN patient p ON p.id = e.patient_id AND p.source = e.source WHERE e.class_code = 'IMP'",
  "How many admissions are there?", "How many hospital admissions in total?", "number of inpatient stays",
  "How many hospitalizations have there been?")
q("count", f"SELECT count(*) FROM encounter e JOIN patient p ON p.id = e.patient_id AND p.source = e.source WHERE e.class_code = 'EMER' AND {win('e.start_time', Y24)}",
  "How many emergency visits this year?", "How many ED visits were there this year?",
  "number of emergency department visits in 2024", "How many ER visits so far this year?")
q("count", pat("p.death_time IS NULL"), "How many patients are alive?", "How many living patients?",
  "number of patients still alive", "How many patients are living?")
q("count", pat("p.death_time IS NOT NULL"), "How many patients have died?", "How many deceased patients?",
  "number of dead patients", "How many patients are deceased?")
q("count", pat("p.ethnicity = 'hispanic'"), "How many Hispanic patients?", "How many patients are Hispanic or Latino?",
  "number of Latino patients", "count of Hispanic people")
q("count", pat("p.race = 'asian'"), "How many Asian patients are there?", "number of Asian patients",
  "How many patients are Asian?", "count the Asian patients")
q("count", pat("p.city = 'Franklin'"), "How many patients live in Franklin?", "How many patients from Franklin?",
  "number of patients living in Franklin", "How many people are residents of Franklin?")
q("count", pat(f"{A} <= 17"), "How many children are there?", "How many patients are under 18?",
  "number of pediatric patients", "How many kids?", "How many patients younger than 18?")
q("count", pat(has("medication", ["312961", "314231"])), "How many patients take simvastatin?",
  "How many patients are on simvastatin?", "number of patients prescribed simvastatin",
  "How many people were given Zocor?")
q("count", pat(drug("ibuprofen")),
  "How many patients have taken ibuprofen?", "How many patients were prescribed ibuprofen?",
  "number of patients on Advil", "How many people received ibuprofen?")
q("count", pat(has("procedure", ["73761001"])), "How many patients had a colonoscopy?",
  "number of patients who had a colonoscopy", "How many people underwent colonoscopy?",
  "How many patients have had a screening colonoscopy?")
q("count", f"SELECT count(*) FROM condition c JOIN patient p ON p.id = c.patient_id AND p.source = c.source WHERE c.code IN ('59621000', '38341003')",
  "How many diagnoses of hypertension are recorded?", "number of hypertension diagnoses",
  "How many hypertension diagnoses are there?", "count of diagnoses of high blood pressure")
q("count", f"SELECT count(*) FROM medication m JOIN patient p ON p.id = m.patient_id AND p.source = m.source WHERE m.code IN ('312961', '314231') AND {win('m.start_time', ('2015-01-01', '2025-01-01'))}",
  "How many simvastatin prescriptions since 2015?", "number of prescriptions of simvastatin since 2015",
  "How many prescriptions for simvastatin have there been since 2015?", "count of simvastatin prescriptions since 2015")
q("count", pat(f"p.sex = 'female' AND {A} BETWEEN 18 AND 44"), "How many women aged 18-44?",
  "How many female patients between 18 and 44?", "number of women aged 18 to 44",
  "How many women between the ages of 18 and 44?")
q("count", pat(has("condition", ANEMIA, "onset_time", ("2015-01-01", "2019-01-01"))),
  "How many patients were diagnosed with anemia between 2015 and 2018?",
  "number of patients with anemia from 2015 to 2018", "How many people had anemia between 2015 and 2018?",
  "count of anemia patients between 2015 and 2018")
q("count", pat(has("condition", GING, "onset_time", ("2024-03-01", "2025-01-01"))),
  "How many patients were diagnosed with gingivitis since March?", "number of patients with gingivitis since March",
  "How many people have had gingivitis since March?", "How many gingivitis patients since march?")
q("count", pat(has("condition", HLD)), "How many patients have hyperlipidemia?",
  "How many patients with high cholesterol?", "number of patients with hypercholesterolemia",
  "How many people have dyslipidemia?")
q("count", pat(has("condition", DEM)), "How many patients have dementia?", "How many patients with Alzheimer's disease?",
  "number of patients with Alzheimer disease", "How many people have dementia?")
q("count", f"SELECT count(*) FROM encounter e JOIN patient p ON p.id = e.patient_id AND p.source = e.source WHERE e.class_code = 'EMER' AND {win('e.start_time', ('2024-07-01', '2025-01-01'))}",
  "How many emergency visits in the last 6 months?", "number of ED visits in the past 6 months",
  "How many ER visits over the last six months?", "How many emergency room visits in the past six months?")
q("count", f"SELECT count(*) FROM encounter e JOIN patient p ON p.id = e.patient_id AND p.source = e.source WHERE e.class_code = 'AMB' AND {win('e.start_time', ('2024-11-01', '2024-12-01'))}",
  "How many outpatient visits last month?", "How many ambulatory visits were there last month?",
  "number of outpatient encounters last month", "How many office visits last month?")
q("count", pat(f"p.sex = 'male' AND {A} >= 65"), "How many men are 65 or older?", "How many male patients aged 65 and over?",
  "number of men 65+", "How many elderly men?")

# ---- rates
q("rate", rate(has("condition", HTN)), "What percentage of patients have hypertension?",
  "What proportion of patients have high blood pressure?", "share of patients with hypertension",
  "What is the prevalence of hypertension?", "percent of patients with HTN")
q("rate", rate(has("condition", PRED), "p.sex = 'female'"), "What percentage of women have prediabetes?",
  "proportion of female patients with prediabetes", "What share of women are prediabetic?",
  "prevalence of prediabetes among women")
q("rate", rate(has("condition", ANEMIA), f"{A} >= 66"), "What percentage of patients over 65 have anemia?",
  "proportion of patients older than 65 with anemia", "What share of patients above 65 have anemia?",
  "prevalence of anemia in patients over 65")
q("rate", rate(enc("EMER", Y23)), "What percentage of patients had an emergency visit last year?",
  "proportion of patients with an ED visit last year", "What share of patients went to the emergency department last year?",
  "percent of patients with an ER visit in 2023")
q("rate", rate(has("condition", IHD)).replace("SELECT ", "SELECT p.sex, ", 1) + " GROUP BY p.sex ORDER BY p.sex",
  "What percentage of patients have ischemic heart disease by sex?", "proportion with ischemic heart disease by gender",
  "Compare the prevalence of ischemic heart disease between men and women",
  "share of patients with ischemic heart disease, men vs women")
q("rate", rate(has("medication", ["312961", "314231"])), "What percentage of patients take simvastatin?",
  "proportion of patients on simvastatin", "What share of patients are prescribed simvastatin?",
  "What fraction of patients were given simvastatin?")
q("rate", rate(has("condition", T2D), "p.sex = 'male'"), "What percentage of men have type 2 diabetes?",
  "proportion of male patients with T2DM", "What share of men have type II diabetes?",
  "prevalence of type 2 diabetes in men")

# ---- top N
q("top", top("condition", 5), "What are the top 5 conditions?", "top five diagnoses",
  "What are the 5 most common conditions?", "Show the five most frequent diagnoses", "top 5 diseases")
q("top", top("medication", 3), "What are the top 3 medications?", "top three drugs",
  "3 most common medications", "What are the three most frequently prescribed drugs?")
q("top", top("condition", 5, "p.sex = 'female'"), "top 5 conditions among women", "What are the 5 most common diagnoses in women?",
  "five most frequent conditions for female patients", "top five diseases of women")
q("top", top("procedure", 5, "", "start_time", Y23), "top 5 procedures last year", "What were the 5 most common procedures last year?",
  "five most frequent procedures in 2023", "top five procedures performed last year")
q("top", top("condition", 10, f"{A} >= 66"), "most common conditions among patients over 65",
  "What are the top conditions of patients older than 65?", "top 10 diagnoses in patients over 65",
  "ten most common conditions for patients above 65")
q("top", top("medication", 5, has("condition", HTN).replace("t.", "x.").replace("FROM condition t", "FROM condition x")),
  "top 5 medications among patients with hypertension", "What are the 5 most common drugs for patients with hypertension?",
  "five most frequent medications of patients with high blood pressure", "top five meds in hypertensive patients")
q("top", top("condition", 3, "p.sex = 'male'", "onset_time", ("2020-01-01", "2025-01-01")),
  "top 3 conditions among men since 2020", "What are the three most common diagnoses in men since 2020?",
  "3 most frequent conditions of male patients since 2020", "top three diseases for men since 2020")

# ---- trends
q("trend", trend("encounter", "start_time", "year", "t.class_code = 'IMP'"), "admissions by year",
  "How many admissions per year?", "number of hospital admissions each year", "yearly admissions",
  "trend of hospitalizations by year")
q("trend", trend("encounter", "start_time", "month", "t.class_code = 'EMER' AND " + win("t.start_time", Y24)),
  "emergency visits by month this year", "How many ED visits per month in 2024?",
  "monthly emergency department visits in 2024", "number of ER visits each month this year")
q("trend", trend("condition", "onset_time", "year", "t.code IN ('840539006')"),
  "COVID-19 diagnoses by year", "How many covid diagnoses per year?", "number of new cases of COVID each year",
  "yearly COVID-19 cases")
q("trend", trend("condition", "onset_time", "year", "t.code IN ('15777000') AND " + win("t.onset_time", ("2010-01-01", "2025-01-01")), True),
  "How many patients were diagnosed with prediabetes per year since 2010?",
  "number of patients with prediabetes by year since 2010", "patients diagnosed with prediabetes each year since 2010",
  "yearly number of patients with prediabetes since 2010")
q("trend", trend("encounter", "start_time", "week", "t.class_code = 'AMB' AND " + win("t.start_time", ("2024-11-01", "2024-12-01"))),
  "outpatient visits by week last month", "How many ambulatory visits per week last month?",
  "weekly outpatient encounters last month", "number of office visits each week last month")
q("trend", trend("medication", "start_time", "year", "t.code IN ('312961', '314231') AND " + win("t.start_time", ("2018-01-01", "2025-01-01"))),
  "simvastatin prescriptions by year since 2018", "How many simvastatin prescriptions per year since 2018?",
  "yearly prescriptions of simvastatin since 2018", "number of simvastatin prescriptions each year since 2018")
q("trend", trend("encounter", "start_time", "year", "t.class_code = 'EMER' AND p.sex = 'female' AND " + win("t.start_time", ("2020-01-01", "2025-01-01"))),
  "emergency visits of women by year since 2020", "How many ED visits by women per year since 2020?",
  "yearly emergency department visits of female patients since 2020", "number of ER visits by women each year since 2020")
q("trend", trend("encounter", "start_time", "day", "t.class_code = 'EMER' AND " + win("t.start_time", ("2024-12-01", "2025-01-01"))),
  "emergency visits by day in December 2024", "daily ED visits in December 2024",
  "How many ER visits per day in December 2024?", "number of emergency visits each day in december 2024")

# ---- comparisons (groups)
q("compare", by("p.sex"), "patients by sex", "How many patients by gender?", "number of patients per sex",
  "Compare the number of men and women", "How many men and women are there?")
q("compare", by("p.sex", has("condition", HTN)), "hypertension by sex", "How many patients with hypertension by sex?",
  "Compare hypertension between men and women", "number of patients with high blood pressure by gender")
q("compare", by("p.race"), "patients by race", "How many patients of each race?", "number of patients broken down by race",
  "count of patients by race")
q("compare", by(BAND), "patients by age group", "How many patients in each age group?", "number of patients by age band",
  "count of patients per age group")
q("compare", by("p.city", has("condition", PRED)), "prediabetes by city", "How many patients with prediabetes by city?",
  "number of prediabetic patients per city", "count of patients with prediabetes in each city")
q("compare", "SELECT e.class_code, count(*) FROM encounter e JOIN patient p ON p.id = e.patient_id AND p.source = e.source WHERE "
  + win("e.start_time", Y23) + " GROUP BY 1 ORDER BY 1",
  "encounters by class last year", "How many encounters by encounter type last year?",
  "number of visits per encounter class in 2023", "encounters last year broken down by encounter class")
q("compare", by("p.ethnicity", has("condition", ANEMIA)), "anemia by ethnicity", "How many patients with anemia by ethnicity?",
  "number of anemic patients per ethnicity", "Compare anemia across ethnicity")
q("compare", by(BAND, has("condition", GING)), "gingivitis by age group", "How many patients with gingivitis per age group?",
  "number of patients with gingivitis by age band", "gingivitis patients in each age group")
q("compare", by("p.sex", f"{A} >= 66"), "patients over 65 by sex", "How many patients older than 65 by gender?",
  "number of men and women over 65", "Compare men and women over 65")

# ---- averages and distributions
q("average", obs_avg("4548-4"), "What is the average A1c?", "average hemoglobin A1c", "mean HbA1c",
  "What is the mean a1c level?", "average glycated hemoglobin")
q("average", obs_avg("39156-5", "p.sex = 'female'"), "What is the average BMI of women?", "average body mass index of female patients",
  "mean BMI among women", "What is the mean BMI for women?")
q("average", obs_avg("8480-6", f"{A} >= 66"), "average systolic blood pressure of patients over 65",
  "What is the mean systolic BP of patients older than 65?", "mean SBP in patients over 65",
  "average systolic pressure for patients above 65")
q("average", obs_avg("4548-4", has("condition", T2D).replace("t.", "x.").replace("condition t", "condition x")),
  "average a1c of patients with type 2 diabetes", "What is the mean HbA1c of patients with T2DM?",
  "average hemoglobin a1c among patients with type II diabetes", "mean a1c for diabetics with type 2 diabetes")
q("average", obs_avg("39156-5", "", "p.sex"), "average BMI by sex", "What is the mean BMI by gender?",
  "Compare the average BMI of men and women", "average body mass index per sex")
q("average", f"SELECT count(*), round(avg({A}), 1) FROM patient p WHERE p.birth_date IS NOT NULL",
  "What is the average age of patients?", "average patient age", "mean age of the patients",
  "How old are patients on average?")
q("average", f"SELECT count(*), round(avg({A}), 1) FROM patient p WHERE {has('condition', HTN)} AND p.birth_date IS NOT NULL",
  "What is the average age of patients with hypertension?", "mean age of patients with high blood pressure",
  "average age of hypertensive patients", "How old are patients with hypertension on average?")
q("average", obs_avg("18262-6", win("o.effective_time", Y23)), "average LDL cholesterol last year",
  "What was the mean LDL last year?", "average LDL in 2023", "mean low density lipoprotein cholesterol last year")
q("distribution", obs_dist("39156-5"), "distribution of BMI", "What is the distribution of body mass index?",
  "BMI distribution", "Show the spread of BMI values")
q("distribution", obs_dist("4548-4", "p.sex = 'male'"), "distribution of a1c in men", "What is the distribution of HbA1c among male patients?",
  "a1c distribution for men", "median a1c of men")
q("distribution", f"SELECT count(*), min({A}), median({A}), round(avg({A}), 1), max({A}) FROM patient p WHERE p.birth_date IS NOT NULL",
  "distribution of age", "What is the age distribution of patients?", "age distribution", "median age of patients")
q("distribution", obs_dist("8867-4", win("o.effective_time", Y24)), "distribution of heart rate this year",
  "What is the distribution of pulse in 2024?", "heart rate distribution this year", "spread of heart rate values in 2024")

# ---- clarifications: ambiguous or unsupported
q("clarify", None, "How many patients have diabetes?", "number of diabetic patients", "How many people with diabetes?",
  "What percentage of patients have diabetes?")
q("clarify", None, "How many patients were seen recently?", "recent admissions", "How many ED visits lately?",
  "number of patients with hypertension recently")
q("clarify", None, "What is the best treatment for hypertension?", "Why do patients get heart failure?",
  "Which patients will be readmitted?", "predict who will develop diabetes")
q("clarify", None, "How many patients have asthma?", "How many patients with COPD?", "number of patients with obesity",
  "How many patients have depression?")
q("clarify", None, "Tell me about hypertension", "hypertension", "Show me heart failure patients",
  "Hypertension patients please")
q("clarify", None, "How many patients do not have hypertension?", "patients without diabetes type 2",
  "How many women never had an emergency visit?", "number of patients without anemia")
q("clarify", None, "What is the trend of admissions?", "admissions over time", "How have emergency visits changed?",
  "trend in COVID-19 diagnoses")
q("clarify", None, "What is the average cost of an admission?", "total costs of emergency visits last year",
  "How much did we pay for simvastatin?", "What is the readmission rate?")
q("clarify", None, "How many patients have hypertension and type 2 diabetes?", "patients with both prediabetes and anemia",
  "How many patients with CKD and hypertension?", "number of patients with heart failure and MI")
q("clarify", None, "What is the average glucose?", "average blood sugar of patients", "mean potassium level",
  "average cholesterol ratio")
q("clarify", None, "What are the most common?", "top 5", "top ten by count", "What are the most frequent?")
q("clarify", None, "How many patients have a flurbogenic syndrome?", "number of patients with zorbitis",
  "How many patients took xylophrax?", "How many patients with quantum flu?")

out = []
for i, (kind, gold, qs) in enumerate(I):
    split = "heldout" if i % 3 == 2 else "dev"
    for j, text in enumerate(qs):
        out.append({"id": f"q{i:03d}-{j}", "intent": i, "split": split, "kind": kind, "question": text, "gold": gold})
path = os.path.join(os.path.dirname(__file__), "..", "medmine-core", "src", "test", "resources", "org", "medmine",
                    "apps", "ask", "questions.jsonl")
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, "w") as f:
    for o in out:
        f.write(json.dumps(o) + "\n")
print(len(I), "intents,", len(out), "questions,", sum(o["split"] == "heldout" for o in out), "held out")
