"""French message blocks.

Conventions: vouvoiement throughout; "Madame, Monsieur," and the "Je vous prie
d’agréer…" formula in the formal tone, "Bonjour," and "Bien cordialement," in
the warm one. No wording presumes the sender's gender (no "ravi", "désolé",
"reconnaissant"…).

Typography: ordinary spaces before ; : ! ? and inside « » (the composer turns
them into the right no-break spaces), typographic apostrophe ’ in emails and
spoken scripts. Text messages use the straight apostrophe and avoid characters
outside the GSM alphabet (ê, â, î, ô, û, ç, œ, « ») so that a segment holds 160
characters; the job title is therefore written there without guillemets.

Elsewhere the job title always sits in guillemets ("le poste « {position} »"):
"le poste de {position}" would give "le poste de Ingénieur", with no elision.
Same reason for "chez {company}" rather than "au sein de {company}".

Every scenario-specific block written for channel "" also has an "sms"
counterpart, otherwise it would outrank the short text-message wording.
"""

from __future__ import annotations

from messages_app.choices import BlockKind as K
from messages_app.choices import Channel as C
from messages_app.choices import ReasonKey as R
from messages_app.choices import ScenarioKey as S
from messages_app.choices import Tone as T
from messages_app.content.spec import BlockList, BlockSpec

_b = BlockList("fr")
EMAIL, SMS, PHONE, IN_PERSON = C.EMAIL, C.SMS, C.PHONE, C.IN_PERSON
FORMAL, WARM = T.FORMAL, T.WARM
NBSP = "\u00a0"  # inside times such as "10 h", which the composer leaves alone

# ---------------------------------------------------------------------------
# Email: subject, greeting, courtesy, gratitude, appreciation
# ---------------------------------------------------------------------------

_b.add(
    K.SUBJECT,
    "Votre invitation à un entretien – poste « {position} »",
    channel=EMAIL,
    scenario=S.EARLY,
)
_b.add(
    K.SUBJECT,
    "Annulation de mon entretien – poste « {position} »",
    channel=EMAIL,
    scenario=S.ACCEPTED,
)
_b.add(
    K.SUBJECT,
    "Suite de ma candidature – poste « {position} »",
    channel=EMAIL,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.SUBJECT,
    "Merci pour votre invitation – poste « {position} »",
    channel=EMAIL,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.SUBJECT,
    "Au sujet de votre invitation – poste « {position} »",
    channel=EMAIL,
    scenario=S.PERSONAL,
)

_b.add(K.GREETING_NAMED, "Bonjour {contact_name},", channel=EMAIL)
_b.add(K.GREETING_TEAM, "Madame, Monsieur,", channel=EMAIL, tone=FORMAL)
_b.add(K.GREETING_TEAM, "Bonjour,", channel=EMAIL, tone=WARM)

_b.add(K.COURTESY, "J’espère que vous vous portez bien.", channel=EMAIL, tone=FORMAL)
_b.add(K.COURTESY, "J’espère que votre semaine se passe bien.", channel=EMAIL, tone=WARM)

_b.add(
    K.GRATITUDE,
    "Je vous remercie de votre invitation à un entretien pour le poste « {position} » chez {company}.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.EARLY,
)
_b.add(
    K.GRATITUDE,
    "Merci beaucoup pour votre invitation à un entretien pour le poste « {position} » chez {company}, et pour l’intérêt que vous portez à ma candidature.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.EARLY,
)
_b.add(
    K.GRATITUDE,
    "Je vous remercie à nouveau de l’entretien que vous m’avez proposé pour le poste « {position} » chez {company}.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.ACCEPTED,
)
_b.add(
    K.GRATITUDE,
    "Merci encore d’avoir organisé un entretien avec moi pour le poste « {position} » chez {company}.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.ACCEPTED,
)
_b.add(
    K.GRATITUDE,
    "Je vous remercie pour les entretiens que nous avons eus au sujet du poste « {position} » chez {company}, ainsi que pour la confiance que vous m’avez témoignée.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.GRATITUDE,
    "Merci pour nos échanges autour du poste « {position} » chez {company} : j’ai sincèrement apprécié de faire votre connaissance.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.GRATITUDE,
    "Je vous remercie de votre invitation à un entretien pour le poste « {position} » chez {company}, et de l’attention portée à ma candidature.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.GRATITUDE,
    "Merci beaucoup pour votre invitation à un entretien pour le poste « {position} » chez {company} ; l’intérêt que vous portez à mon profil m’a fait très plaisir.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.GRATITUDE,
    "Je vous remercie de l’intérêt porté à ma candidature pour le poste « {position} » chez {company}, ainsi que de votre invitation à un entretien.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.PERSONAL,
)
_b.add(
    K.GRATITUDE,
    "Merci beaucoup pour votre invitation à un entretien pour le poste « {position} » chez {company}.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.PERSONAL,
)

_b.add(
    K.APPRECIATION,
    "J’apprécie le temps que vous avez consacré à l’étude de ma candidature.",
    channel=EMAIL,
    tone=FORMAL,
)
_b.add(
    K.APPRECIATION,
    "Je sais que l’examen des candidatures prend du temps, et j’y suis très sensible.",
    channel=EMAIL,
    tone=WARM,
)
_b.add(
    K.APPRECIATION,
    "Je sais que l’organisation d’un entretien demande du temps, et j’apprécie les efforts déjà engagés de votre côté.",
    channel=EMAIL,
    scenario=S.ACCEPTED,
)
_b.add(
    K.APPRECIATION,
    "Le temps que vous et votre équipe m’avez consacré tout au long de ces entretiens a beaucoup compté pour moi.",
    channel=EMAIL,
    scenario=S.AFTER_INTERVIEWS,
)

# ---------------------------------------------------------------------------
# Decision (email and spoken alike; text messages have their own)
# ---------------------------------------------------------------------------

_b.add(
    K.DECISION,
    "Après réflexion, j’ai pris la décision de décliner cet entretien.",
    scenario=S.EARLY,
)
_b.add(
    K.DECISION,
    "Après réflexion, j’ai pris la décision d’annuler ma participation à l’entretien prévu et de retirer ma candidature.",
    scenario=S.ACCEPTED,
)
# Also used when an offer was made: "décliner ce poste" reads right in both cases.
_b.add(
    K.DECISION,
    "Après avoir longuement réfléchi, j’ai pris la décision de ne pas donner suite et de décliner ce poste.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.DECISION,
    "J’ai récemment accepté une autre proposition d’emploi ; je décline donc votre invitation à un entretien.",
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.DECISION,
    "Pour des raisons personnelles, je ne suis pas en mesure de poursuivre le processus et je dois décliner cet entretien.",
    scenario=S.PERSONAL,
)

_b.add(
    K.DECISION,
    "Après réflexion, je décline cet entretien.",
    channel=SMS,
    scenario=S.EARLY,
)
_b.add(
    K.DECISION,
    "Après réflexion, j'annule ma venue.",
    channel=SMS,
    scenario=S.ACCEPTED,
)
_b.add(
    K.DECISION,
    "Après réflexion, je décline ce poste.",
    channel=SMS,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.DECISION,
    "Ayant accepté une autre offre, je décline l'entretien.",
    channel=SMS,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.DECISION,
    "Pour des raisons personnelles, je dois décliner l'entretien.",
    channel=SMS,
    scenario=S.PERSONAL,
)

# ---------------------------------------------------------------------------
# Reasons: one sentence each, about the sender's own plans, never a judgement
# on the company, never naming (or ranking) another employer.
# ---------------------------------------------------------------------------

_b.add(
    K.REASON,
    "J’ai accepté un autre poste, qui correspond à mes projets actuels.",
    reason=R.ANOTHER_OFFER,
)
_b.add(
    K.REASON,
    "Ce poste ne s’inscrit pas tout à fait dans la direction que je souhaite donner à ma carrière pour les années à venir.",
    reason=R.CAREER_GOALS,
)
_b.add(
    K.REASON,
    "En découvrant mieux votre fonctionnement, j’ai compris que ma façon de travailler trouverait plus naturellement sa place dans un autre environnement.",
    reason=R.CULTURE,
)
_b.add(
    K.REASON,
    "La localisation du poste impliquerait un trajet ou un déménagement que je ne suis pas en mesure d’envisager actuellement.",
    reason=R.LOCATION,
)
_b.add(
    K.REASON,
    "Des circonstances personnelles demandent actuellement toute mon attention.",
    reason=R.PERSONAL,
)
_b.add(
    K.REASON,
    "Les missions du poste ont évolué depuis ma candidature et ne correspondent plus à ce que je recherche.",
    reason=R.ROLE_CHANGED,
)
_b.add(
    K.REASON,
    "J’ai reçu une autre proposition, très proche de mes objectifs, que j’ai choisi d’accepter.",
    reason=R.BETTER_OFFER,
)
_b.add(
    K.REASON,
    "Ma situation a évolué depuis ma candidature, et le moment n’est plus le bon pour moi.",
    reason=R.OTHER,
)
# In the scenarios whose decision already gives the reason, add to it instead of repeating it.
_b.add(
    K.REASON,
    "Le poste que j’ai accepté correspond de très près à mes objectifs actuels.",
    reason=R.ANOTHER_OFFER,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REASON,
    "Le poste que j’ai accepté correspond de très près à mes objectifs actuels.",
    reason=R.BETTER_OFFER,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REASON,
    "Je préfère ne pas entrer dans les détails, mais cette décision n’a rien à voir avec {company} ni avec le poste.",
    reason=R.PERSONAL,
    scenario=S.PERSONAL,
)

_b.add(K.REASON, "J'ai accepté un autre poste.", channel=SMS, reason=R.ANOTHER_OFFER)
_b.add(
    K.REASON,
    "Le poste ne correspond pas à mon projet de carrière.",
    channel=SMS,
    reason=R.CAREER_GOALS,
)
_b.add(
    K.REASON,
    "Mon style de travail convient mieux à un autre cadre.",
    channel=SMS,
    reason=R.CULTURE,
)
_b.add(
    K.REASON,
    "Le lieu du poste est trop loin pour moi.",
    channel=SMS,
    reason=R.LOCATION,
)
_b.add(
    K.REASON,
    "Ma situation personnelle ne le permet pas.",
    channel=SMS,
    reason=R.PERSONAL,
)
_b.add(
    K.REASON,
    "Les missions ne correspondent plus à ma recherche.",
    channel=SMS,
    reason=R.ROLE_CHANGED,
)
_b.add(
    K.REASON,
    "J'ai accepté une autre proposition d'emploi.",
    channel=SMS,
    reason=R.BETTER_OFFER,
)
_b.add(K.REASON, "Ma situation a évolué depuis ma candidature.", channel=SMS, reason=R.OTHER)
_b.add(
    K.REASON,
    "Le poste accepté répond à mes objectifs.",
    channel=SMS,
    reason=R.ANOTHER_OFFER,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REASON,
    "Le poste accepté répond à mes objectifs.",
    channel=SMS,
    reason=R.BETTER_OFFER,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REASON,
    "Cela n'a rien à voir avec {company}.",
    channel=SMS,
    reason=R.PERSONAL,
    scenario=S.PERSONAL,
)

_b.add(
    K.REASON_GENERAL,
    "Il m’est apparu que cette opportunité ne correspond pas à ce que je recherche à ce stade de mon parcours.",
)
_b.add(
    K.REASON_GENERAL,
    "Le choix n’a pas été facile, mais le poste que j’ai accepté correspond de très près à mes objectifs actuels.",
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REASON_GENERAL,
    "Je préfère ne pas entrer dans les détails, mais cette décision n’a rien à voir avec {company} ni avec le poste.",
    scenario=S.PERSONAL,
)
_b.add(K.REASON_GENERAL, "Le poste ne correspond pas à mes projets.", channel=SMS)
_b.add(
    K.REASON_GENERAL,
    "Le poste accepté répond à mes objectifs.",
    channel=SMS,
    scenario=S.BETTER_OFFER,
)
_b.add(K.REASON_GENERAL, "Cela n'a rien à voir avec {company}.", channel=SMS, scenario=S.PERSONAL)

# The user's own words: a short fragment such as "le trajet serait trop long".
_b.add(
    K.REASON_CUSTOM,
    "En toute transparence, voici ce qui a motivé ma décision : {custom_reason}.",
)
_b.add(K.REASON_CUSTOM, "En bref : {custom_reason}.", channel=SMS)

# ---------------------------------------------------------------------------
# Apology, feedback, door open, staying in touch
# ---------------------------------------------------------------------------

_b.add(K.APOLOGY, "Je vous prie de m’excuser pour le désagrément que cela peut occasionner.")
_b.add(
    K.APOLOGY,
    "Je vous prie de m’excuser pour ce changement tardif, alors que j’avais confirmé ma venue, et pour la gêne occasionnée dans votre planning.",
    scenario=S.ACCEPTED,
)
_b.add(K.APOLOGY, "Toutes mes excuses pour le désagrément.", channel=SMS)
_b.add(K.APOLOGY, "Veuillez excuser ce contretemps.", channel=SMS, scenario=S.ACCEPTED)

_b.add(
    K.FEEDBACK, "Si cela peut vous être utile, je me permets de partager un retour : {feedback}."
)
_b.add(K.FEEDBACK, "Un retour, si utile : {feedback}.", channel=SMS)

_b.add(
    K.DOOR_OPEN,
    "Si une autre opportunité correspondant à mon profil se présentait à l’avenir, c’est avec plaisir que j’en discuterais avec vous.",
    tone=FORMAL,
)
_b.add(
    K.DOOR_OPEN,
    "Si un autre poste correspondant à mon profil s’ouvre chez {company}, j’aurai grand plaisir à en reparler avec vous.",
    tone=WARM,
)
_b.add(K.DOOR_OPEN, "Au plaisir de vous recroiser.", channel=SMS)

_b.add(
    K.STAY_IN_TOUCH,
    "Il me serait agréable de rester en contact avec vous, par exemple sur LinkedIn.",
    tone=FORMAL,
)
_b.add(
    K.STAY_IN_TOUCH,
    "J’aimerais beaucoup que nous restions en contact, par exemple sur LinkedIn.",
    tone=WARM,
)
_b.add(K.STAY_IN_TOUCH, "Restons en contact.", channel=SMS)

# The link ends the sentence without a full stop, so it stays clickable as typed.
_b.add(
    K.STAY_IN_TOUCH_LINK,
    "Il me serait agréable de rester en contact avec vous ; voici mon profil : {stay_in_touch_link}",
    channel=EMAIL,
    tone=FORMAL,
)
_b.add(
    K.STAY_IN_TOUCH_LINK,
    "J’aimerais beaucoup que nous restions en contact ; voici mon profil : {stay_in_touch_link}",
    channel=EMAIL,
    tone=WARM,
)
_b.add(K.STAY_IN_TOUCH_LINK, "Restons en contact : {stay_in_touch_link}", channel=SMS)
# Nobody reads a web address aloud: offer to send it instead.
_b.spoken(
    K.STAY_IN_TOUCH_LINK,
    "J’aimerais beaucoup que nous restions en contact : je vous enverrai le lien vers mon profil par e-mail.",
)

# ---------------------------------------------------------------------------
# Closing and signature
# ---------------------------------------------------------------------------

_b.add(
    K.CLOSING,
    "Je vous remercie de votre compréhension et vous souhaite de trouver rapidement la personne idéale pour ce poste.",
    channel=EMAIL,
    tone=FORMAL,
)
_b.add(
    K.CLOSING,
    "Merci encore pour votre compréhension ; je vous souhaite, à vous et à toute l’équipe, une très belle continuation.",
    channel=EMAIL,
    tone=WARM,
)
_b.spoken(
    K.CLOSING,
    "Je vous remercie de votre compréhension et vous souhaite une excellente journée.",
    tone=FORMAL,
)
_b.spoken(
    K.CLOSING, "Merci encore de votre compréhension, et très bonne journée à vous.", tone=WARM
)
_b.add(K.CLOSING, "Merci de votre compréhension.", channel=SMS, tone=FORMAL)
_b.add(K.CLOSING, "Merci et belle journée !", channel=SMS, tone=WARM)

_b.add(
    K.SIGNATURE,
    "Je vous prie d’agréer l’expression de mes salutations distinguées.\n{sender_name}",
    channel=EMAIL,
    tone=FORMAL,
)
_b.add(K.SIGNATURE, "Bien cordialement,\n{sender_name}", channel=EMAIL, tone=WARM)
_b.add(K.SIGNATURE, "{sender_name}", channel=SMS)

# ---------------------------------------------------------------------------
# Text message: greeting and gratitude
# ---------------------------------------------------------------------------

_b.add(K.GREETING_NAMED, "Bonjour {contact_name},", channel=SMS)
_b.add(K.GREETING_TEAM, "Bonjour,", channel=SMS)

_b.add(
    K.GRATITUDE,
    "Merci de votre invitation pour le poste {position} chez {company}.",
    channel=SMS,
)
_b.add(
    K.GRATITUDE,
    "Merci pour l'entretien prévu pour le poste {position} chez {company}.",
    channel=SMS,
    scenario=S.ACCEPTED,
)
_b.add(
    K.GRATITUDE,
    "Merci pour nos entretiens autour du poste {position} chez {company}.",
    channel=SMS,
    scenario=S.AFTER_INTERVIEWS,
)

# ---------------------------------------------------------------------------
# Phone and in person: opener, gratitude, call time
# ---------------------------------------------------------------------------

_b.add(
    K.GREETING_NAMED,
    "Bonjour {contact_name}, {sender_name} à l’appareil. Auriez-vous deux minutes à m’accorder ?",
    channel=PHONE,
    tone=FORMAL,
)
_b.add(
    K.GREETING_NAMED,
    "Bonjour {contact_name}, c’est {sender_name}. Vous avez deux minutes ?",
    channel=PHONE,
    tone=WARM,
)
_b.add(
    K.GREETING_TEAM,
    "Bonjour, {sender_name} à l’appareil. Je vous appelle au sujet du poste « {position} » : pourriez-vous me mettre en relation avec la personne chargée de ce recrutement ?",
    channel=PHONE,
    tone=FORMAL,
)
_b.add(
    K.GREETING_TEAM,
    "Bonjour, c’est {sender_name}, je vous appelle au sujet du poste « {position} ». Pourrais-je parler à la personne qui s’occupe de ce recrutement ?",
    channel=PHONE,
    tone=WARM,
)
_b.add(
    K.GREETING_NAMED,
    "Bonjour {contact_name}, merci de m’accorder un instant.",
    channel=IN_PERSON,
    tone=FORMAL,
)
_b.add(
    K.GREETING_NAMED,
    "Bonjour {contact_name}, merci de prendre quelques minutes pour moi.",
    channel=IN_PERSON,
    tone=WARM,
)
_b.add(
    K.GREETING_TEAM,
    "Bonjour, je suis {sender_name}. Merci de m’accorder un instant au sujet du poste « {position} ».",
    channel=IN_PERSON,
    tone=FORMAL,
)
_b.add(
    K.GREETING_TEAM,
    "Bonjour, je suis {sender_name} ; merci de prendre quelques minutes pour me recevoir au sujet du poste « {position} ».",
    channel=IN_PERSON,
    tone=WARM,
)

_b.spoken(
    K.GRATITUDE,
    "Tout d’abord, je vous remercie de votre invitation à un entretien pour le poste « {position} » chez {company}.",
    scenario=S.EARLY,
)
_b.spoken(
    K.GRATITUDE,
    "Je vous remercie encore d’avoir organisé un entretien avec moi pour le poste « {position} » chez {company}.",
    scenario=S.ACCEPTED,
)
_b.spoken(
    K.GRATITUDE,
    "Je tiens à vous remercier pour les entretiens autour du poste « {position} » chez {company}, et pour tout le temps que votre équipe m’a consacré.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.spoken(
    K.GRATITUDE,
    "Tout d’abord, merci pour votre invitation à un entretien pour le poste « {position} » chez {company}, et pour l’intérêt porté à ma candidature.",
    scenario=S.BETTER_OFFER,
)
_b.spoken(
    K.GRATITUDE,
    "Je vous remercie de votre invitation à un entretien pour le poste « {position} » chez {company} ; j’y ai été très sensible.",
    scenario=S.PERSONAL,
)

_b.add(
    K.CALL_TIME,
    f"Appelez aux heures de bureau, idéalement entre 10{NBSP}h et 12{NBSP}h ou entre 14{NBSP}h et 16{NBSP}h : évitez le tout début de matinée et la fin d’après-midi, quand votre interlocuteur démarre ou termine sa journée.",
    channel=PHONE,
)
_b.add(
    K.CALL_TIME,
    f"Appelez le plus tôt possible, bien avant la date de l’entretien, aux heures de bureau : idéalement entre 10{NBSP}h et 12{NBSP}h ou entre 14{NBSP}h et 16{NBSP}h, ni en tout début de matinée ni en fin d’après-midi.",
    channel=PHONE,
    scenario=S.ACCEPTED,
)

# ---------------------------------------------------------------------------
# Answers to the recruiter's reaction (said aloud, or written in a reply)
# ---------------------------------------------------------------------------

_b.add(
    K.REPLY_POSITIVE,
    "Merci beaucoup pour votre compréhension. J’ai apprécié nos échanges et j’espère que nous resterons en contact.",
)
_b.add(
    K.REPLY_DISAPPOINTED,
    "Je comprends votre déception, et je vous remercie sincèrement du temps consacré à ma candidature. La décision n’a pas été facile à prendre, mais c’est la bonne pour mon parcours.",
)
_b.add(
    K.REPLY_WHY,
    "Bien sûr : j’ai réalisé que ce poste ne correspondait pas à la direction que je veux donner à ma carrière en ce moment. Ce n’est en rien un jugement sur {company} ni sur votre équipe.",
)
_b.add(
    K.REPLY_WHY,
    "J’ai reçu une autre proposition, très proche de mes objectifs, et j’ai choisi de l’accepter ; ce n’est en rien un jugement sur {company}.",
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REPLY_WHY,
    "Il s’agit de raisons personnelles que je préfère garder pour moi ; cela n’a rien à voir avec {company} ni avec le poste.",
    scenario=S.PERSONAL,
)

_b.add(
    K.REPLY_POSITIVE,
    "Merci pour votre compréhension. Au plaisir de rester en contact.",
    channel=SMS,
)
_b.add(
    K.REPLY_DISAPPOINTED,
    "Je comprends, et je vous remercie du temps consacré à ma candidature. Ma décision est prise.",
    channel=SMS,
)
_b.add(
    K.REPLY_WHY,
    "Le poste ne correspond pas à mon projet de carrière actuel. Ce n'est pas un jugement sur {company}.",
    channel=SMS,
)
_b.add(
    K.REPLY_WHY,
    "J'ai accepté une autre proposition proche de mes objectifs. Ce n'est pas un jugement sur {company}.",
    channel=SMS,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REPLY_WHY,
    "Pour des raisons personnelles, sans lien avec {company}.",
    channel=SMS,
    scenario=S.PERSONAL,
)

# ---------------------------------------------------------------------------
# Points to cover (checklist labels for the spoken channels)
# ---------------------------------------------------------------------------

_b.add(K.POINT_GRATITUDE, "Remercier pour l’invitation")
_b.add(K.POINT_GRATITUDE, "Remercier pour l’organisation de l’entretien", scenario=S.ACCEPTED)
_b.add(
    K.POINT_GRATITUDE,
    "Remercier pour les entretiens et le temps consacré",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(K.POINT_DECISION, "Annoncer clairement que vous déclinez l’entretien")
_b.add(K.POINT_DECISION, "Annoncer clairement que vous annulez l’entretien", scenario=S.ACCEPTED)
_b.add(
    K.POINT_DECISION, "Annoncer clairement que vous déclinez le poste", scenario=S.AFTER_INTERVIEWS
)
_b.add(
    K.POINT_DECISION,
    "Dire que vous avez accepté une autre offre et que vous déclinez",
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.POINT_DECISION, "Dire que vous déclinez pour des raisons personnelles", scenario=S.PERSONAL
)
_b.add(K.POINT_REASON, "Donner votre raison en une phrase, sans critique")
_b.add(
    K.POINT_REASON,
    "Garder vos raisons personnelles pour vous : pas de détails",
    scenario=S.PERSONAL,
)
_b.add(K.POINT_APOLOGY, "Vous excuser une fois pour le désagrément")
_b.add(K.POINT_FEEDBACK, "Partager votre retour avec calme et bienveillance")
_b.add(K.POINT_DOOR_OPEN, "Laisser la porte ouverte à de futurs postes")
_b.add(K.POINT_STAY_IN_TOUCH, "Proposer de rester en contact (sur LinkedIn, par exemple)")
_b.add(K.POINT_CLOSING, "Remercier de sa compréhension et conclure sur une note positive")

# ---------------------------------------------------------------------------
# Reminders, one per line, for each channel. They are advice shown on screen,
# never sent, so even the text-message ones keep full typography.
# ---------------------------------------------------------------------------

_b.lines(
    K.REMINDERS,
    "Répondez dans le fil de l’invitation, dès que votre décision est prise.",
    "Choisissez un objet clair : le recruteur doit comprendre le sujet d’un coup d’œil.",
    "Annoncez votre décision en une phrase nette : un message court et poli vaut mieux qu’une longue justification.",
    "Si vous donnez une raison, gardez-la brève et jamais critique envers l’entreprise.",
    "Relisez les noms, l’intitulé du poste et le nom de l’entreprise avant d’envoyer.",
    channel=EMAIL,
)
_b.lines(
    K.REMINDERS,
    "Ne déclinez par SMS que si vous échangiez déjà par SMS avec le recruteur.",
    "Visez la brièveté et la politesse : ni abréviations ni émojis.",
    "Vérifiez le destinataire, les noms et l’orthographe avant d’envoyer.",
    "Si l’on vous demande des précisions, proposez un e-mail ou un appel.",
    channel=SMS,
)
_b.lines(
    K.REMINDERS,
    "Notez vos points avant d’appeler et gardez-les sous les yeux.",
    "Appelez aux heures de bureau, ni en tout début de matinée ni en fin d’après-midi.",
    "Annoncez votre décision clairement dès le début de l’échange, sans laisser de place au doute.",
    "Gardez un ton calme et courtois, quelle que soit la réaction.",
    "Terminez sur une note positive et remerciez votre interlocuteur de son temps.",
    channel=PHONE,
)
_b.lines(
    K.REMINDERS,
    "Assurez-vous que votre interlocuteur est disponible ; s’il est pris, préférez un e-mail ou un appel.",
    "Demandez à échanger dans un endroit calme, à l’écart.",
    "Préparez ce que vous allez dire : d’abord les remerciements, puis votre décision.",
    "Allez droit au but avec honnêteté, et gardez une raison brève et professionnelle.",
    "Concluez sur une note positive en souhaitant bonne chance pour la suite du recrutement.",
    channel=IN_PERSON,
)

BLOCKS: tuple[BlockSpec, ...] = tuple(_b.blocks)
