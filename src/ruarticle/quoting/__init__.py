"""Parts of the quotations stage; ``ruarticle.quotes.find`` puts them together.

A map, in the order the stage uses them:

- shared: ``words`` (tokens and morphology the rules ask about), ``lexicon`` (cues from the
  data files), ``marks`` (quotation-mark pairs), ``draft`` (what every finder returns).
- finders, each for one shape of speech: ``direct``, ``dialogue``, ``interview``,
  ``headline``, ``block``, ``nested`` (words retold in marks inside direct speech); indirect speech in ``indirect`` with ``reporting`` (verb and
  complement), ``according`` ("по словам X"), ``backref`` ("Об этом сообщил X"),
  ``pointing``, ``requests``, ``participle``, ``contentless``, ``documented`` ("в
  публикации предполагается, что"); ``shapes`` checks a phrase
  complement, ``unsaid`` drops reports of no one's words.
- bounds: ``bounds`` and ``extent`` decide where content ends.
- the speaker phrase: ``phrases`` and ``sources`` find it, stepping over the outlet or
  person told (``addressees``), ``described`` widens it to what a reader marks,
  ``names``/``abbreviations``/``nations`` name it without entities.
- resolution: ``speakers.Resolver`` over the per-article indexes of ``roster``; its method
  families are mixins (``naming``, ``pronouns``, ``holders``, ``continued``,
  ``organisations``, ``visitors`` for "гость") sharing ``said``; their word tests live in ``persons``, ``offices`` and
  ``bodies``; ``functional`` finds a body named by its function ("следствие", "регулятор"), ``topic``
  the headline's body a bare "в банке" takes up.
"""
