* Multiple-response sets as SPSS users send coded open answers.
* docs/examples/mr_sets.sav is written from this syntax by GNU PSPP 1.6 (Debian package pspp):
*     cd docs/examples && pspp mr_sets.sps
* pyreadstat reads MRSETS but cannot write them, so the file is made by PSPP and kept here.
* $why_codes: a multiple-dichotomy set (1 = mentioned); $why_cats: a multiple-category set.
DATA LIST LIST /resp (A4) why (A60) sex (F1.0) c_time (F1.0) c_web (F1.0) c_cost (F1.0) first (F1.0) second (F1.0).
BEGIN DATA
r1 "No time after work" 1 1 0 0 1 .
r2 "The website is confusing" 2 0 1 0 2 .
r3 "Too expensive and no time" 1 1 0 1 3 1
r4 "" 2 . . . . .
r5 "Nothing stops me" 1 0 0 0 . .
END DATA.
VARIABLE LABELS why 'Why do you not take part?' c_time 'No time' c_web 'Website' c_cost 'Cost'
  first 'First reason' second 'Second reason'.
VALUE LABELS sex 1 'Male' 2 'Female' /c_time c_web c_cost 0 'No' 1 'Yes'
  /first second 1 'No time' 2 'Website' 3 'Cost'.
MRSETS
  /MDGROUP NAME=$why_codes VARIABLES=c_time c_web c_cost VALUE=1 LABEL='Why do you not take part?'
  /MCGROUP NAME=$why_cats VARIABLES=first second LABEL='Reasons, as categories'.
SAVE OUTFILE='mr_sets.sav'.
