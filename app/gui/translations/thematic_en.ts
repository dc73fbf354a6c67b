<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>ErrorBanner</name>
    <message numerus="yes">
      <source> (%n messages)</source>
      <translation>
        <numerusform> (%n message)</numerusform>
        <numerusform> (%n messages)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>GroupsDialog</name>
    <message numerus="yes">
      <source>Mark %n answer(s) of this group as “no theme applies”?</source>
      <translation>
        <numerusform>Mark %n answer of this group as “no theme applies”?</numerusform>
        <numerusform>Mark %n answers of this group as “no theme applies”?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n of them lose the themes they have.</source>
      <translation>
        <numerusform>%n of them lose the themes they have.</numerusform>
        <numerusform>%n of them lose the themes they have.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Code %n answer(s) of this group as “%1”?</source>
      <translation>
        <numerusform>Code %n answer of this group as “%1”?</numerusform>
        <numerusform>Code %n answers of this group as “%1”?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n of them have it already.</source>
      <translation>
        <numerusform>%n of them have it already.</numerusform>
        <numerusform>%n of them have it already.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> (%n left out)</source>
      <translation>
        <numerusform> (%n left out)</numerusform>
        <numerusform> (%n left out)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Coded %n answer(s) as %1.</source>
      <translation>
        <numerusform>Coded %n answer as %1.</numerusform>
        <numerusform>Coded %n answers as %1.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message numerus="yes">
      <source>%n step(s) shown</source>
      <translation>
        <numerusform>%n step shown</numerusform>
        <numerusform>%n steps shown</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>QueueDetail</name>
    <message numerus="yes">
      <source>%n suggestion(s) selected: A accepts them all, R rejects them all.</source>
      <translation>
        <numerusform>%n suggestion selected: A accepts them all, R rejects them all.</numerusform>
        <numerusform>%n suggestions selected: A accepts them all, R rejects them all.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SuggestionReviewDialog</name>
    <message numerus="yes">
      <source>%n new suggestion(s) found.</source>
      <translation>
        <numerusform>%n new suggestion found.</numerusform>
        <numerusform>%n new suggestions found.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Accept all %n suggestion(s) shown? Each answer gets its suggested theme.</source>
      <translation>
        <numerusform>Accept all %n suggestion shown? Each answer gets its suggested theme.</numerusform>
        <numerusform>Accept all %n suggestions shown? Each answer gets its suggested theme.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Accepted %n suggestion(s).</source>
      <translation>
        <numerusform>Accepted %n suggestion.</numerusform>
        <numerusform>Accepted %n suggestions.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Rejected %n suggestion(s).</source>
      <translation>
        <numerusform>Rejected %n suggestion.</numerusform>
        <numerusform>Rejected %n suggestions.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n suggestion(s) waiting for review</source>
      <translation>
        <numerusform>%n suggestion waiting for review</numerusform>
        <numerusform>%n suggestions waiting for review</numerusform>
      </translation>
    </message>
  </context>
</TS>