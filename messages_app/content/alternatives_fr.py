"""French blocks for a person not sure yet: asking the recruiter for more
information before deciding, or asking for another interview date.

Same house rules as `fr.py`: vouvoiement, nothing that gives away the
sender's gender ("le poste m’intéresse", never "intéressé·e"), ordinary
spaces before ; : ! ? (the composer puts the no-break ones), ’ outside text
messages, GSM characters only in text messages (no ê, ç, î…). These messages
reuse the greeting, courtesy, gratitude, apology and signature blocks of
`fr.py`; they never decline, withdraw or cancel, give no reason and leave no
door open: the person is not leaving.

Every block written for a scenario on channel "" has an "sms" counterpart,
so the shorter text-message wording is never outranked.
"""

from __future__ import annotations

from messages_app.choices import BlockKind as K
from messages_app.choices import Channel as C
from messages_app.choices import ScenarioKey as S
from messages_app.choices import Tone as T
from messages_app.content.spec import BlockList, BlockSpec

_b = BlockList("fr")
EMAIL, SMS, PHONE = C.EMAIL, C.SMS, C.PHONE
FORMAL, WARM = T.FORMAL, T.WARM

# ===========================================================================
# Demander des informations avant de décider
# ===========================================================================

_b.add(K.SUBJECT_ASK_INFO, "Quelques questions sur le poste « {position} »", channel=EMAIL)
_b.add(
    K.SUBJECT_ASK_INFO,
    "Quelques questions avant notre entretien – poste « {position} »",
    channel=EMAIL,
    scenario=S.ACCEPTED,
)
_b.add(
    K.SUBJECT_ASK_INFO,
    "Votre proposition d’embauche – poste « {position} » : quelques questions",
    channel=EMAIL,
    scenario=S.OFFER,
)

_b.add(
    K.ASK_INFO_INTEREST,
    "Cette fonction m’intéresse, et avant d’aller plus loin, j’aimerais mieux en cerner certains "
    "aspects.",
)
_b.add(
    K.ASK_INFO_INTEREST,
    "Mon intérêt reste entier, et avant la prochaine étape, j’aimerais éclaircir quelques points.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.ASK_INFO_INTEREST,
    "Votre proposition m’intéresse, et avant de vous donner ma réponse, j’aimerais éclaircir "
    "quelques points.",
    scenario=S.OFFER,
)
_b.add(K.ASK_INFO_INTEREST, "Il m'intéresse beaucoup.", channel=SMS)
_b.add(
    K.ASK_INFO_INTEREST,
    "Le poste m'intéresse toujours et j'aimerais éclaircir quelques points.",
    channel=SMS,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.ASK_INFO_INTEREST,
    "Votre offre m'intéresse ; j'aimerais éclaircir quelques points.",
    channel=SMS,
    scenario=S.OFFER,
)

_b.add(
    K.ASK_INFO_REQUEST,
    "Pourriez-vous m’en dire davantage sur les missions au quotidien, l’équipe que je "
    "rejoindrais et les conditions de travail ?",
)
_b.add(
    K.ASK_INFO_REQUEST,
    "Pourriez-vous m’en dire davantage sur les conditions proposées, l’équipe et les premiers "
    "mois dans le poste ?",
    scenario=S.OFFER,
)
_b.add(
    K.ASK_INFO_REQUEST,
    "Pourriez-vous m'en dire plus sur les missions, l'équipe et les conditions ?",
    channel=SMS,
)
_b.add(
    K.ASK_INFO_REQUEST,
    "Pourriez-vous m'en dire plus sur les conditions et l'équipe ?",
    channel=SMS,
    scenario=S.OFFER,
)

# La question de la personne, après un deux-points : « …à me décider : le
# poste est-il ouvert au télétravail ? »
_b.add(K.ASK_INFO_QUESTION, "Un point en particulier m’aiderait à me décider : {question}.")
_b.add(K.ASK_INFO_QUESTION, "Ma question : {question}.", channel=SMS)

_b.add(
    K.ASK_INFO_NEXT,
    "Je vous donnerai ma réponse au sujet de l’entretien dans les deux jours ouvrés suivant votre "
    "retour.",
)
_b.add(
    K.ASK_INFO_NEXT,
    "Je vous recontacterai dans les deux jours ouvrés suivant votre retour, bien avant notre "
    "entretien prévu {interview_day}.",
    scenario=S.ACCEPTED,
)
_b.add(
    K.ASK_INFO_NEXT,
    "Dans les deux jours ouvrés suivant votre retour, je vous dirai où j’en suis de ma réflexion.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.ASK_INFO_NEXT,
    "Je vous ferai part de ma décision dans les deux jours ouvrés suivant votre retour.",
    scenario=S.OFFER,
)
_b.add(
    K.ASK_INFO_NEXT,
    "Je vous réponds ensuite sous deux jours ouvrés.",
    channel=SMS,
)
_b.add(
    K.ASK_INFO_NEXT,
    "Je vous réponds sous deux jours ouvrés, bien avant l'entretien.",
    channel=SMS,
    scenario=S.ACCEPTED,
)
_b.add(
    K.ASK_INFO_NEXT,
    "Je vous recontacte sous deux jours ouvrés.",
    channel=SMS,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.ASK_INFO_NEXT,
    "Je vous donne ma réponse sous deux jours ouvrés.",
    channel=SMS,
    scenario=S.OFFER,
)

_b.add(K.ASK_INFO_CLOSING, "Je vous remercie par avance de votre aide.", channel=EMAIL, tone=FORMAL)
_b.add(K.ASK_INFO_CLOSING, "Merci d’avance, et au plaisir de vous lire.", channel=EMAIL, tone=WARM)
_b.spoken(K.ASK_INFO_CLOSING, "Je vous remercie de votre temps.", tone=FORMAL)
_b.spoken(K.ASK_INFO_CLOSING, "Merci beaucoup pour votre temps !", tone=WARM)
# La formule se poursuit par le nom : « Bien cordialement, Camille Martin ».
_b.add(K.ASK_INFO_CLOSING, "Bien cordialement,", channel=SMS, tone=FORMAL)
_b.add(K.ASK_INFO_CLOSING, "Bonne journée,", channel=SMS, tone=WARM)

_b.add(
    K.VOICEMAIL_ASK_INFO,
    "Bonjour, ici {sender_name}, au sujet du poste « {position} » chez {company}. Il "
    "m’intéresse, et j’aurais une ou deux questions avant d’aller plus loin. Je vous les envoie par "
    "e-mail ; vous pouvez aussi me rappeler à ce numéro. Bonne journée !",
    channel=PHONE,
)

_b.lines(
    K.REMINDERS_ASK_INFO,
    "Posez une ou deux questions précises : sur les missions, l’équipe ou les conditions.",
    "Ne le faites que si le poste vous tente vraiment : la réponse doit vous aider à décider.",
    "Dites quand vous donnerez votre réponse, et tenez ce délai.",
    "Répondez par le même canal qu’eux, et sans tarder, pour ne pas bloquer le processus.",
)

_b.add(K.POINT_INTEREST, "Dire que le poste vous intéresse toujours")
_b.add(K.POINT_ASK_INFO, "Poser vos questions sur les missions, l’équipe ou les conditions")
_b.add(K.POINT_ANSWER_BY, "Dire quand vous donnerez votre réponse")

# ===========================================================================
# Demander une autre date
# ===========================================================================

_b.add(
    K.SUBJECT_RESCHEDULE,
    "Demande d’une autre date d’entretien – poste « {position} »",
    channel=EMAIL,
)
_b.add(
    K.SUBJECT_RESCHEDULE,
    "Demande de report de notre entretien prévu {interview_day} – poste « {position} »",
    channel=EMAIL,
    scenario=S.ACCEPTED,
)
_b.add(
    K.SUBJECT_RESCHEDULE,
    "Demande d’une autre date pour notre prochain rendez-vous – poste « {position} »",
    channel=EMAIL,
    scenario=S.AFTER_INTERVIEWS,
)

_b.add(
    K.RESCHEDULE_INTEREST,
    "Je tiens beaucoup à vous rencontrer.",
)
_b.add(
    K.RESCHEDULE_INTEREST,
    "Je souhaite vivement poursuivre le processus.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(K.RESCHEDULE_INTEREST, "Je tiens beaucoup à vous rencontrer.", channel=SMS)
_b.add(
    K.RESCHEDULE_INTEREST,
    "Je souhaite toujours poursuivre.",
    channel=SMS,
    scenario=S.AFTER_INTERVIEWS,
)

_b.add(
    K.RESCHEDULE_CONFLICT,
    "Malheureusement, je ne suis pas disponible {interview_day} à l’horaire proposé.",
)
_b.add(
    K.RESCHEDULE_CONFLICT,
    "Malheureusement, un imprévu me rend indisponible pour notre entretien prévu {interview_day}.",
    scenario=S.ACCEPTED,
)
_b.add(
    K.RESCHEDULE_CONFLICT,
    "Malheureusement, je ne suis pas disponible pour notre prochain rendez-vous prévu "
    "{interview_day}.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.RESCHEDULE_CONFLICT,
    "Malheureusement, je ne suis pas libre {interview_day} à l'horaire proposé.",
    channel=SMS,
)
_b.add(
    K.RESCHEDULE_CONFLICT,
    "Un imprévu me rend indisponible {interview_day} pour l'entretien.",
    channel=SMS,
    scenario=S.ACCEPTED,
)
_b.add(
    K.RESCHEDULE_CONFLICT,
    "Je ne suis pas libre pour notre prochain rendez-vous prévu {interview_day}.",
    channel=SMS,
    scenario=S.AFTER_INTERVIEWS,
)

# Les disponibilités de la personne, telles que tapées : « …disponible
# n’importe quel matin la semaine prochaine, si… ».
_b.add(
    K.RESCHEDULE_PROPOSAL,
    "Serait-il possible de trouver un autre moment ? Je serais disponible {availability}, si "
    "cela vous convient.",
)
_b.add(
    K.RESCHEDULE_PROPOSAL,
    "Pourrions-nous décaler ? Je suis libre {availability}.",
    channel=SMS,
)
_b.add(
    K.RESCHEDULE_ASK,
    "Serait-il possible de trouver un autre moment ? Je m’adapterai volontiers aux créneaux qui "
    "vous conviendront.",
)
_b.add(
    K.RESCHEDULE_ASK,
    "Pourriez-vous me proposer un autre créneau ? Je m'adapterai.",
    channel=SMS,
)

_b.add(
    K.RESCHEDULE_CLOSING,
    "Je vous remercie de votre compréhension et me réjouis de notre prochain échange.",
    channel=EMAIL,
    tone=FORMAL,
)
_b.add(
    K.RESCHEDULE_CLOSING,
    "Merci de votre compréhension, et à très bientôt !",
    channel=EMAIL,
    tone=WARM,
)
_b.spoken(
    K.RESCHEDULE_CLOSING, "Je vous remercie de votre compréhension, et à bientôt.", tone=FORMAL
)
_b.spoken(
    K.RESCHEDULE_CLOSING, "Merci beaucoup de votre compréhension, à très bientôt !", tone=WARM
)
_b.add(K.RESCHEDULE_CLOSING, "Bien cordialement,", channel=SMS, tone=FORMAL)
_b.add(K.RESCHEDULE_CLOSING, "Bonne journée,", channel=SMS, tone=WARM)

_b.add(
    K.VOICEMAIL_RESCHEDULE,
    "Bonjour, ici {sender_name}, au sujet de l’entretien prévu {interview_day} pour le poste "
    "« {position} ». Je tiens beaucoup à vous rencontrer, mais je ne suis pas disponible à "
    "ce moment-là. Serait-il possible de trouver une autre date ? Je vous écris aussi par "
    "e-mail ; vous pouvez me rappeler à ce numéro. Merci !",
    channel=PHONE,
)

_b.lines(
    K.REMINDERS_RESCHEDULE,
    "Demandez-le dès que vous savez que la date ne vous convient pas : plus tôt, c’est plus "
    "simple à déplacer.",
    "Proposez un ou deux créneaux précis, ou demandez-leur leurs disponibilités.",
    "Ne demandez une autre date que si vous comptez vraiment venir.",
    "Une fois la nouvelle date fixée, confirmez-la par écrit.",
)

_b.add(K.POINT_RESCHEDULE, "Dire que la date ne vous convient plus")
_b.add(K.POINT_NEW_DATE, "Proposer un autre moment, ou demander quels créneaux leur conviennent")

BLOCKS: tuple[BlockSpec, ...] = tuple(_b.blocks)
