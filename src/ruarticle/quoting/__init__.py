"""Parts of the quotations stage; ``ruarticle.quotes.find`` puts them together.

A map, in the order the stage uses them:

- shared: ``words`` (tokens and morphology the rules ask about), ``lexicon`` (cues from the
  data files), ``marks`` (quotation-mark pairs), ``draft`` (what every finder returns).
- finders, each for one shape of speech: ``direct``, ``dialogue``, ``interview``,
  ``headline``, ``block``, ``nested`` (words retold in marks inside direct speech),
  ``inscriptions`` (slogans on placards and banners, inscriptions, chants); indirect
  speech in ``indirect`` with ``reporting`` (verb and complement; closing attributions
  "..., сообщает X" in ``trailing``, topics and objects put before the verb in ``fronted``,
  a phrase report's speaker in ``phrase_speaker``, where its content opens and ends in
  ``phrase_extent``), ``according`` ("по словам X"), ``backref`` ("Об этом сообщил X"),
  ``pointing``, ``requests``, ``participle``, ``contentless``, ``documented`` ("в
  публикации предполагается, что"); ``shapes`` checks a phrase
  complement, ``unsaid`` drops reports of no one's words.
- bounds: ``bounds`` and ``extent`` decide where content ends.
- the speaker phrase: ``phrases`` (the walks of ``speaker_before`` and ``speaker_after``
  over the word tests of ``np_words``; ``someone`` tells whether a phrase can name a
  speaker) and ``sources`` find it, stepping over the outlet or
  person told (``addressees``), ``described`` widens it to what a reader marks,
  ``names``/``abbreviations``/``nations`` name it without entities.
- resolution: ``speakers.Resolver`` over the per-article indexes of ``roster``; its method
  families are mixins (``naming``, ``pronouns``, ``holders``, ``continued``,
  ``organisations``, ``branches`` (a regional branch by the place it serves, "в министерстве"
  by the minister named before), ``visitors`` for "гость", ``sides`` for a trial's
  "государственный обвинитель") sharing ``said``; their word tests live in ``persons``, ``offices`` and
  ``bodies``; ``functional`` finds a body named by its function ("следствие", "регулятор"), ``topic``
  the headline's body a bare "в банке" takes up. ``issuers`` names who issued a document named
  bare ("— говорится в поздравлении." after "X поздравил ...", "В нём сказано" after "X
  опубликовал комментарий").
"""
