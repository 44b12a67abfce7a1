"""French message blocks.

The house rules are in docs/writing.md ("Français"); in short:

- Vouvoiement throughout, and nothing that gives away the sender's gender (no
  "ravi", "désolé", "reconnaissant", "prêt", "convaincu", no past participle
  agreeing with "me": "m’a touché" is out, "me touche" is fine).
- The greeting and the closing formula agree: "Madame," / "Madame, Monsieur,"
  open a formal letter and the formula repeats them ("Je vous prie d’agréer,
  {appellation}, …"); a "Bonjour …," greeting closes with "Bien cordialement,"
  or "Bien à vous,". Madame/Monsieur are never abbreviated.
- Ordinary spaces before ; : ! ? and inside « » (the composer turns them into
  the right no-break spaces); typographic apostrophe ’ in emails and spoken
  scripts. Text messages use the straight apostrophe ', straight quotes and
  only GSM characters (no ç ê â î ô û œ « » ’; é è à ù are fine), and every
  default text message fits in two segments.
- No word of five letters or more twice in two adjacent sentences: blocks that
  can follow one another are written together (gratitude / decision / reason /
  door open / closing), including when "Short" drops the blocks in between.
- Stage-accurate decisions: decline the invitation (invitation), cancel the
  interview with its date (accepted), withdraw the application (after
  interviews), decline the offer by name (offer).

Every block written for channel "" and a scenario also has an "sms"
counterpart for that scenario, otherwise it would outrank the short
text-message wording (a scenario outranks a channel); `offer` falls back to
`after_interviews`, so it has its own block wherever the after-interviews one
does not fit an offer.

Elsewhere than in text messages the job title sits in guillemets ("le poste
« {position} »"): "le poste de {position}" would give "le poste de
Ingénieur", with no elision. Same reason for "chez {company}" rather than
"au sein de {company}".
"""

from __future__ import annotations

from messages_app.choices import BlockKind as K
from messages_app.choices import Channel as C
from messages_app.choices import ReasonKey as R
from messages_app.choices import ScenarioKey as S
from messages_app.choices import Tone as T
from messages_app.content.spec import BlockList, BlockSpec
from messages_app.text import french_typography

_b = BlockList("fr")
EMAIL, SMS, PHONE, IN_PERSON = C.EMAIL, C.SMS, C.PHONE, C.IN_PERSON
FORMAL, WARM = T.FORMAL, T.WARM
NBSP = "\u00a0"  # inside times such as "10 h", which the composer leaves alone

# ===========================================================================
# Email
# ===========================================================================

# --- Subject ----------------------------------------------------------------

_b.add(
    K.SUBJECT,
    "Réponse à votre invitation à un entretien – poste « {position} »",
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
    "Retrait de ma candidature – poste « {position} »",
    channel=EMAIL,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.SUBJECT,
    "Votre proposition d’embauche – poste « {position} »",
    channel=EMAIL,
    scenario=S.OFFER,
)
_b.add(
    K.SUBJECT,
    "Votre invitation à un entretien – poste « {position} »",
    channel=EMAIL,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.SUBJECT,
    "Au sujet de votre invitation à un entretien – poste « {position} »",
    channel=EMAIL,
    scenario=S.PERSONAL,
)

# --- Greeting ---------------------------------------------------------------
# Formal letter: "Madame," alone (never the surname, never "Mme"); warm:
# "Bonjour Madame Lefèvre,". No contact: "Madame, Monsieur," / "Bonjour,".

_b.add(K.GREETING_TITLED, "{civility},", channel=EMAIL, tone=FORMAL)
_b.add(K.GREETING_TITLED, "Bonjour {civility} {surname},", channel=EMAIL, tone=WARM)
_b.add(K.GREETING_FIRST_NAME, "Bonjour {first_name},", channel=EMAIL)
_b.add(K.GREETING_NAMED, "Bonjour {contact_name},", channel=EMAIL)
_b.add(K.GREETING_TEAM, "Madame, Monsieur,", channel=EMAIL, tone=FORMAL)
_b.add(K.GREETING_TEAM, "Bonjour,", channel=EMAIL, tone=WARM)

# --- Courtesy (standard length only) ----------------------------------------
# Not "J’espère que vous vous portez bien" / "que votre semaine se passe bien"
# (English habits, and odd to an unnamed team): a word on answering promptly,
# which suits every greeting.

_b.add(K.COURTESY, "Je tenais à vous répondre sans tarder.", channel=EMAIL, tone=FORMAL)
_b.add(K.COURTESY, "Je voulais vous répondre sans attendre.", channel=EMAIL, tone=WARM)
_b.add(
    K.COURTESY,
    "Je tenais à vous prévenir au plus tôt.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.ACCEPTED,
)
_b.add(
    K.COURTESY,
    "Je préfère vous prévenir sans attendre.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.ACCEPTED,
)
_b.add(
    K.COURTESY,
    "Je tenais à vous informer au plus tôt de ma décision.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.COURTESY,
    "Je voulais vous faire part de ma décision sans attendre.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.COURTESY,
    "Je tenais à vous répondre sans tarder.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.OFFER,
)
_b.add(
    K.COURTESY,
    "Je voulais vous répondre sans attendre.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.OFFER,
)

# --- Gratitude --------------------------------------------------------------
# "proposé un entretien" rather than "invitation", which the decision uses.

_b.add(
    K.GRATITUDE,
    "Je vous remercie de m’avoir proposé un entretien pour le poste « {position} » chez {company}.",
    channel=EMAIL,
    tone=FORMAL,
)
_b.add(
    K.GRATITUDE,
    "Merci beaucoup de m’avoir proposé un entretien pour le poste « {position} » chez {company}.",
    channel=EMAIL,
    tone=WARM,
)
_b.add(
    K.GRATITUDE,
    "Je vous remercie encore de l’intérêt que vous avez porté à mon profil pour le poste « {position} » chez {company}.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.ACCEPTED,
)
_b.add(
    K.GRATITUDE,
    "Merci de l’intérêt que vous avez porté à mon profil pour le poste « {position} » chez {company}.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.ACCEPTED,
)
_b.add(
    K.GRATITUDE,
    "Je vous remercie des échanges que nous avons eus au sujet du poste « {position} » chez {company}, ainsi que de la confiance que vous m’avez témoignée.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.GRATITUDE,
    "Merci pour nos échanges au sujet du poste « {position} » chez {company} : j’ai eu grand plaisir à faire votre connaissance.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.GRATITUDE,
    "Je vous remercie de la confiance que vous me témoignez en me proposant le poste « {position} » chez {company}.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.OFFER,
)
_b.add(
    K.GRATITUDE,
    "Merci beaucoup de m’avoir proposé le poste « {position} » chez {company} : votre confiance me touche.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.OFFER,
)
_b.add(
    K.GRATITUDE,
    "Je vous remercie de l’attention portée à ma candidature et de m’avoir proposé un entretien pour le poste « {position} » chez {company}.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.GRATITUDE,
    "Merci beaucoup de m’avoir proposé un entretien pour le poste « {position} » chez {company} : l’intérêt porté à ma candidature me fait très plaisir.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.GRATITUDE,
    "Je vous remercie de l’intérêt porté à ma candidature pour le poste « {position} » chez {company}, ainsi que de votre proposition d’entretien.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.PERSONAL,
)
_b.add(
    K.GRATITUDE,
    "Merci beaucoup pour l’intérêt porté à ma candidature au poste « {position} » chez {company}, et pour votre proposition d’entretien.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.PERSONAL,
)

# --- Appreciation (standard length only) ------------------------------------
# Not "J’apprécie le temps…" (a calque), and not "remercier" again.

_b.add(
    K.APPRECIATION,
    "Je suis sensible au temps consacré à l’examen de mon dossier.",
    channel=EMAIL,
    tone=FORMAL,
)
_b.add(
    K.APPRECIATION,
    "Je sais que l’examen des dossiers prend du temps, et j’y suis très sensible.",
    channel=EMAIL,
    tone=WARM,
)
_b.add(
    K.APPRECIATION,
    "Je sais que vous avez déjà réservé du temps pour me recevoir.",
    channel=EMAIL,
    scenario=S.ACCEPTED,
)
_b.add(
    K.APPRECIATION,
    "J’ai été très sensible au temps que vous m’avez consacré tout au long du processus.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.APPRECIATION,
    "Le temps que vous m’avez consacré tout au long du processus a beaucoup compté pour moi.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.AFTER_INTERVIEWS,
)

# ===========================================================================
# Decision (email and spoken alike; text messages have their own)
# ===========================================================================
# Invitation: decline the invitation. Accepted: withdraw and cancel the
# interview, with its date. After interviews: withdraw the application
# (nothing was offered, so nothing "position" is declined). Offer: decline
# the offer, by name.

_b.add(
    K.DECISION,
    "Après réflexion, j’ai décidé de décliner votre invitation.",
    scenario=S.EARLY,
)
_b.add(
    K.DECISION,
    "Après réflexion, j’ai décidé de retirer ma candidature et d’annuler l’entretien prévu {interview_day}.",
    scenario=S.ACCEPTED,
)
_b.add(
    K.DECISION,
    "Après mûre réflexion, j’ai décidé de retirer ma candidature.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.DECISION,
    "Après mûre réflexion, j’ai décidé de ne pas donner suite à votre proposition d’embauche.",
    scenario=S.OFFER,
)
_b.add(
    K.DECISION,
    "J’ai récemment accepté une autre proposition ; je dois donc décliner votre invitation.",
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.DECISION,
    "Pour des raisons personnelles, je dois malheureusement décliner votre invitation.",
    scenario=S.PERSONAL,
)

# ===========================================================================
# Reasons: one sentence each, about the sender's own plans, never a judgement
# on the company, never naming (or ranking) another employer. No "candidature"
# (the decisions use it) and no "poste" where a door-open line may follow.
# ===========================================================================

_b.add(K.REASON, "Entre-temps, j’ai accepté un autre poste.", reason=R.ANOTHER_OFFER)
_b.add(
    K.REASON,
    "Ce poste ne correspond pas tout à fait à l’orientation que j’envisage pour ma carrière.",
    reason=R.CAREER_GOALS,
)
_b.add(
    K.REASON,
    "Il m’est apparu que ma façon de travailler trouverait plus naturellement sa place dans un autre environnement.",
    reason=R.CULTURE,
)
_b.add(
    K.REASON,
    "La distance serait trop importante pour moi actuellement.",
    reason=R.LOCATION,
)
_b.add(
    K.REASON,
    "Des circonstances personnelles demandent actuellement toute mon attention.",
    reason=R.PERSONAL,
)
_b.add(
    K.REASON,
    "Les missions du poste ont évolué depuis que j’ai postulé et ne correspondent plus à ce que je recherche.",
    reason=R.ROLE_CHANGED,
)
_b.add(
    K.REASON,
    "Entre-temps, j’ai reçu une autre offre, très proche de mes objectifs, et j’ai choisi de l’accepter.",
    reason=R.BETTER_OFFER,
)
_b.add(
    K.REASON,
    "Ma situation a évolué, et le moment n’est plus le bon pour moi.",
    reason=R.OTHER,
)
# Where the decision already gives the reason, add to it instead of repeating it.
for _reason in (R.ANOTHER_OFFER, R.BETTER_OFFER):
    _b.add(
        K.REASON,
        "Ce nouveau poste correspond de très près à mes objectifs actuels.",
        reason=_reason,
        scenario=S.BETTER_OFFER,
    )
_b.add(
    K.REASON,
    "Cette décision n’est en rien liée à {company} ni au poste.",
    reason=R.PERSONAL,
    scenario=S.PERSONAL,
)

_b.add(
    K.REASON_GENERAL,
    "Il m’est apparu que ce poste ne correspondait pas à ce que je recherche à ce stade de mon parcours.",
)
_b.add(
    K.REASON_GENERAL,
    "Le choix n’a pas été facile, mais ce nouveau poste correspond de très près à mes objectifs actuels.",
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REASON_GENERAL,
    "Cette décision n’est en rien liée à {company} ni au poste.",
    scenario=S.PERSONAL,
)

# The user's own words: a fragment such as "le trajet quotidien serait trop long pour moi".
_b.add(K.REASON_CUSTOM, "La raison en est simple : {custom_reason}.", channel=EMAIL)
_b.spoken(K.REASON_CUSTOM, "Pour tout vous dire, {custom_reason}.")

# ===========================================================================
# Apology, feedback, door open, staying in touch
# ===========================================================================

_b.add(K.APOLOGY, "Je vous prie de m’excuser pour le désagrément que cela pourrait occasionner.")
_b.add(
    K.APOLOGY,
    "Je vous prie d’excuser ce changement de programme et la gêne qu’il pourrait occasionner.",
    channel=EMAIL,
    scenario=S.ACCEPTED,
)
_b.spoken(
    K.APOLOGY,
    "Je vous présente toutes mes excuses pour ce changement de programme.",
    scenario=S.ACCEPTED,
)

# The feedback is the user's own sentence(s): it follows a full sentence, so it
# keeps its capital and its full stop.
_b.add(
    K.FEEDBACK,
    "Si cela peut vous être utile, je me permets de vous faire part d’un retour sur le processus. {feedback}.",
    channel=EMAIL,
)
_b.spoken(
    K.FEEDBACK,
    "Si cela peut vous être utile, j’aimerais vous faire part d’un retour sur le processus. {feedback}.",
)

# Invitation stage (early, personal): the door to another role.
_b.add(
    K.DOOR_OPEN,
    "Si une autre occasion se présentait chez {company}, c’est avec plaisir que j’en discuterais avec vous.",
    tone=FORMAL,
)
_b.add(
    K.DOOR_OPEN,
    "Si une autre occasion se présente chez {company}, j’aurai plaisir à en discuter avec vous.",
    tone=WARM,
)
_b.add(
    K.DOOR_OPEN,
    "Si une nouvelle occasion se présentait plus tard chez {company}, c’est avec plaisir que j’en discuterais avec vous.",
    tone=FORMAL,
    scenario=S.PERSONAL,
)
_b.add(
    K.DOOR_OPEN,
    "Si une nouvelle occasion se présente plus tard chez {company}, j’aurai plaisir à en discuter avec vous.",
    tone=WARM,
    scenario=S.PERSONAL,
)
# Any reason may come with these stages, another job included: nothing that
# reads as still looking for one.
_b.add(
    K.DOOR_OPEN,
    "J’espère que nous aurons l’occasion d’échanger à l’avenir.",
    tone=FORMAL,
    scenario=S.ACCEPTED,
)
_b.add(
    K.DOOR_OPEN,
    "J’espère que nous aurons l’occasion d’échanger à nouveau.",
    tone=WARM,
    scenario=S.ACCEPTED,
)
_b.add(
    K.DOOR_OPEN,
    "J’espère que nos chemins se croiseront à nouveau.",
    tone=FORMAL,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.DOOR_OPEN,
    "J’espère que nos chemins se recroiseront.",
    tone=WARM,
    scenario=S.AFTER_INTERVIEWS,
)
# After "ce nouveau poste": not "à nouveau" again.
_b.add(K.DOOR_OPEN, "J’espère que nos chemins se recroiseront.", scenario=S.BETTER_OFFER)

_b.add(
    K.STAY_IN_TOUCH,
    "Si vous le souhaitez, nous pourrions rester en contact, par exemple sur LinkedIn.",
    tone=FORMAL,
)
_b.add(
    K.STAY_IN_TOUCH,
    "J’aimerais beaucoup que nous restions en contact, par exemple sur LinkedIn.",
    tone=WARM,
)

# The link ends the sentence without a full stop, so it stays clickable as typed.
_b.add(
    K.STAY_IN_TOUCH_LINK,
    "Si vous le souhaitez, nous pourrions rester en contact ; voici le lien vers mon profil : {stay_in_touch_link}",
    channel=EMAIL,
    tone=FORMAL,
)
_b.add(
    K.STAY_IN_TOUCH_LINK,
    "J’aimerais beaucoup que nous restions en contact ; voici le lien vers mon profil : {stay_in_touch_link}",
    channel=EMAIL,
    tone=WARM,
)
# Nobody reads a web address aloud: offer to send it instead.
_b.spoken(
    K.STAY_IN_TOUCH_LINK,
    "J’aimerais beaucoup que nous restions en contact : je vous enverrai le lien vers mon profil par e-mail.",
)

# ===========================================================================
# Closing and signature
# ===========================================================================

_b.add(
    K.CLOSING,
    "Je vous remercie de votre compréhension et vous souhaite plein succès dans ce recrutement.",
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
    "Je vous remercie de votre compréhension et vous souhaite de trouver rapidement la bonne personne.",
    tone=FORMAL,
)
_b.spoken(
    K.CLOSING,
    "Merci encore de votre compréhension, et bonne chance pour la suite du recrutement !",
    tone=WARM,
)

# After "Madame," / "Madame, Monsieur," the formula repeats the appel; after
# "Bonjour …," never "salutations distinguées".
_b.add(
    K.SIGNATURE,
    "Je vous prie d’agréer, {appellation}, l’expression de mes salutations distinguées.\n{sender_name}",
    channel=EMAIL,
    tone=FORMAL,
)
_b.add(K.SIGNATURE, "Bien cordialement,\n{sender_name}", channel=EMAIL, tone=WARM)
_b.add(K.SIGNATURE_NAMED, "Bien cordialement,\n{sender_name}", channel=EMAIL, tone=FORMAL)
_b.add(K.SIGNATURE_NAMED, "Bien à vous,\n{sender_name}", channel=EMAIL, tone=WARM)

# ===========================================================================
# Text messages: GSM characters only (straight ' and "), two segments at most
# with the longest defaults. The greeting runs on: "Bonjour Madame, merci…".
# ===========================================================================

_b.add(K.GREETING_TITLED, "Bonjour {civility},", channel=SMS)
_b.add(K.GREETING_FIRST_NAME, "Bonjour {first_name},", channel=SMS)
_b.add(K.GREETING_NAMED, "Bonjour {contact_name},", channel=SMS)
_b.add(K.GREETING_TEAM, "Bonjour,", channel=SMS)

_b.add(K.GRATITUDE, 'Merci pour l\'invitation au poste "{position}".', channel=SMS)
_b.add(
    K.GRATITUDE,
    'Merci pour l\'invitation au poste "{position}".',
    channel=SMS,
    scenario=S.ACCEPTED,
)
_b.add(
    K.GRATITUDE,
    'Merci pour nos échanges (poste "{position}").',
    channel=SMS,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.GRATITUDE,
    'Merci de m\'avoir proposé le poste "{position}".',
    channel=SMS,
    scenario=S.OFFER,
)

_b.add(K.DECISION, "Après réflexion, je décline l'entretien.", channel=SMS, scenario=S.EARLY)
_b.add(
    K.DECISION,
    "J'annule ma venue {interview_day} et retire ma candidature.",
    channel=SMS,
    scenario=S.ACCEPTED,
)
_b.add(
    K.DECISION,
    "Je retire toutefois ma candidature.",
    channel=SMS,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.DECISION,
    "Je décline toutefois votre offre.",
    channel=SMS,
    scenario=S.OFFER,
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

_b.add(K.REASON, "J'ai accepté un autre poste.", channel=SMS, reason=R.ANOTHER_OFFER)
_b.add(
    K.REASON,
    "Le poste ne correspond pas à mon projet professionnel.",
    channel=SMS,
    reason=R.CAREER_GOALS,
)
_b.add(
    K.REASON,
    "Un autre cadre me conviendrait mieux.",
    channel=SMS,
    reason=R.CULTURE,
)
_b.add(K.REASON, "La distance est trop grande.", channel=SMS, reason=R.LOCATION)
_b.add(
    K.REASON,
    "Des raisons personnelles m'y obligent.",
    channel=SMS,
    reason=R.PERSONAL,
)
_b.add(
    K.REASON,
    "Les missions ne correspondent plus à ce que je cherche.",
    channel=SMS,
    reason=R.ROLE_CHANGED,
)
_b.add(
    K.REASON,
    "J'ai accepté une autre proposition.",
    channel=SMS,
    reason=R.BETTER_OFFER,
)
_b.add(K.REASON, "Ma situation a évolué.", channel=SMS, reason=R.OTHER)
for _reason in (R.ANOTHER_OFFER, R.BETTER_OFFER):
    _b.add(
        K.REASON,
        "Ce nouveau poste répond à mes objectifs.",
        channel=SMS,
        reason=_reason,
        scenario=S.BETTER_OFFER,
    )
_b.add(
    K.REASON,
    "Ce n'est en rien lié au poste.",
    channel=SMS,
    reason=R.PERSONAL,
    scenario=S.PERSONAL,
)

_b.add(K.REASON_GENERAL, "Le poste ne correspond pas à mes projets.", channel=SMS)
_b.add(
    K.REASON_GENERAL,
    "Ce nouveau poste répond à mes objectifs.",
    channel=SMS,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REASON_GENERAL,
    "Ce n'est en rien lié au poste.",
    channel=SMS,
    scenario=S.PERSONAL,
)
_b.add(K.REASON_CUSTOM, "Pour tout vous dire, {custom_reason}.", channel=SMS)

_b.add(K.APOLOGY, "Toutes mes excuses.", channel=SMS)
_b.add(K.APOLOGY, "Toutes mes excuses.", channel=SMS, scenario=S.ACCEPTED)

_b.add(K.FEEDBACK, "Une suggestion : {feedback}.", channel=SMS)

_b.add(K.DOOR_OPEN, "N'hésitez pas à me recontacter à l'avenir.", channel=SMS)
_b.add(
    K.DOOR_OPEN,
    "N'hésitez pas à me recontacter plus tard.",
    channel=SMS,
    scenario=S.PERSONAL,
)
_b.add(K.DOOR_OPEN, "Au plaisir d'échanger à nouveau.", channel=SMS, scenario=S.ACCEPTED)
# Only where the two have met.
_b.add(
    K.DOOR_OPEN,
    "Au plaisir de vous recroiser.",
    channel=SMS,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.DOOR_OPEN,
    "J'espère que nos chemins se recroiseront.",
    channel=SMS,
    scenario=S.BETTER_OFFER,
)

_b.add(K.STAY_IN_TOUCH, "Restons en contact.", channel=SMS)
_b.add(K.STAY_IN_TOUCH_LINK, "Restons en contact : {stay_in_touch_link}", channel=SMS)

# The closing formula runs into the name: "Bien cordialement, Camille Martin".
_b.add(K.CLOSING, "Bien cordialement,", channel=SMS, tone=FORMAL)
_b.add(K.CLOSING, "Bonne journée,", channel=SMS, tone=WARM)

_b.add(K.SIGNATURE, "{sender_name}", channel=SMS)
_b.add(K.SIGNATURE_NAMED, "{sender_name}", channel=SMS)

# ===========================================================================
# Phone and in person
# ===========================================================================

# --- Opener (the greeting kinds) --------------------------------------------
# Short: people who have met the sender need no introduction at length.

_b.add(
    K.GREETING_TITLED,
    "Bonjour {civility} {surname}, {sender_name} à l’appareil. Auriez-vous un instant à m’accorder ?",
    channel=PHONE,
    tone=FORMAL,
)
_b.add(
    K.GREETING_TITLED,
    "Bonjour {civility} {surname}, {sender_name} à l’appareil. Vous avez un instant ?",
    channel=PHONE,
    tone=WARM,
)
# "C’est Camille Martin" only to people the sender has met.
_b.add(
    K.GREETING_TITLED,
    "Bonjour {civility} {surname}, c’est {sender_name}. Vous avez un instant ?",
    channel=PHONE,
    tone=WARM,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.GREETING_FIRST_NAME,
    "Bonjour {first_name}, {sender_name} à l’appareil. Auriez-vous un instant à m’accorder ?",
    channel=PHONE,
    tone=FORMAL,
)
_b.add(
    K.GREETING_FIRST_NAME,
    "Bonjour {first_name}, c’est {sender_name}. Vous avez un instant ?",
    channel=PHONE,
    tone=WARM,
)
# A name without a title: ask for the person rather than say a bare full name.
_b.add(
    K.GREETING_NAMED,
    "Bonjour, {sender_name} à l’appareil. Pourrais-je parler à {contact_name} ?",
    channel=PHONE,
)
# No contact: the switchboard first, then the person in charge. Nothing to
# thank the switchboard for.
_SWITCHBOARD = (
    "[À l’accueil] Bonjour, {sender_name} à l’appareil. Pourriez-vous me passer la personne "
    "qui s’occupe du recrutement pour le poste « {position} » ?\n[Une fois en ligne] "
)
_b.add(
    K.GREETING_TEAM,
    _SWITCHBOARD + "Bonjour, {sender_name} à l’appareil. Auriez-vous un instant à m’accorder ?",
    channel=PHONE,
    tone=FORMAL,
)
_b.add(
    K.GREETING_TEAM,
    _SWITCHBOARD + "Bonjour, {sender_name} à l’appareil. Vous avez un instant ?",
    channel=PHONE,
    tone=WARM,
)
_b.add(
    K.GREETING_TEAM,
    _SWITCHBOARD + "Bonjour, c’est {sender_name}. Vous avez un instant ?",
    channel=PHONE,
    tone=WARM,
    scenario=S.AFTER_INTERVIEWS,
)

_b.add(
    K.GREETING_TITLED,
    "Bonjour {civility} {surname}, auriez-vous un instant à m’accorder ?",
    channel=IN_PERSON,
    tone=FORMAL,
)
_b.add(
    K.GREETING_TITLED,
    "Bonjour {civility} {surname}, vous avez quelques minutes ?",
    channel=IN_PERSON,
    tone=WARM,
)
_b.add(
    K.GREETING_FIRST_NAME,
    "Bonjour {first_name}, auriez-vous un instant à m’accorder ?",
    channel=IN_PERSON,
    tone=FORMAL,
)
_b.add(
    K.GREETING_FIRST_NAME,
    "Bonjour {first_name}, vous avez quelques minutes ?",
    channel=IN_PERSON,
    tone=WARM,
)
# Face to face, nobody says a full name to its owner.
_b.add(
    K.GREETING_NAMED,
    "Bonjour, auriez-vous un instant à m’accorder ?",
    channel=IN_PERSON,
    tone=FORMAL,
)
_b.add(K.GREETING_NAMED, "Bonjour, vous avez quelques minutes ?", channel=IN_PERSON, tone=WARM)
_b.add(
    K.GREETING_TEAM,
    "Bonjour, je suis {sender_name}. Auriez-vous un instant à m’accorder ?",
    channel=IN_PERSON,
    tone=FORMAL,
)
_b.add(
    K.GREETING_TEAM,
    "Bonjour, je suis {sender_name}. Vous avez quelques minutes ?",
    channel=IN_PERSON,
    tone=WARM,
)

# --- Gratitude --------------------------------------------------------------

_b.spoken(
    K.GRATITUDE,
    "Tout d’abord, je vous remercie de m’avoir proposé un entretien pour le poste « {position} » chez {company}.",
)
_b.spoken(
    K.GRATITUDE,
    "Je vous remercie encore de l’intérêt que vous avez porté à mon profil pour le poste « {position} » chez {company}.",
    scenario=S.ACCEPTED,
)
_b.spoken(
    K.GRATITUDE,
    "Je tiens d’abord à vous remercier pour nos échanges au sujet du poste « {position} » chez {company}, et pour le temps que vous m’avez consacré.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.spoken(
    K.GRATITUDE,
    "Je tiens d’abord à vous remercier de m’avoir proposé le poste « {position} » chez {company} : votre confiance me touche beaucoup.",
    scenario=S.OFFER,
)

# --- When to call, voicemail ------------------------------------------------

_HOURS = f"idéalement entre 10{NBSP}h et 12{NBSP}h ou entre 14{NBSP}h et 16{NBSP}h"
_b.add(
    K.CALL_TIME,
    f"Appelez aux heures de bureau, {_HOURS} : évitez le tout début de matinée et la fin d’après-midi, quand votre interlocuteur ou interlocutrice démarre ou termine sa journée.",
    channel=PHONE,
)
_b.add(
    K.CALL_TIME,
    f"Appelez le plus tôt possible, bien avant la date de l’entretien, aux heures de bureau : {_HOURS}, ni en tout début de matinée ni en fin d’après-midi.",
    channel=PHONE,
    scenario=S.ACCEPTED,
)
_b.add(
    K.CALL_TIME,
    f"Appelez sans attendre la fin du délai de réflexion qui vous a été accordé, aux heures de bureau : {_HOURS}, ni en tout début de matinée ni en fin d’après-midi.",
    channel=PHONE,
    scenario=S.OFFER,
)

# About 20 seconds (50 words at most): who, which role, the decision in one
# sentence, thanks, how to call back. The number is the one they see.
_b.add(
    K.VOICEMAIL,
    "Bonjour, ici {sender_name}, au sujet du poste « {position} » chez {company}. Merci de m’avoir proposé un entretien ; après réflexion, j’ai décidé de décliner votre invitation. Je vous le confirme par e-mail, et vous pouvez me rappeler à ce numéro. Bonne journée !",
    channel=PHONE,
)
_b.add(
    K.VOICEMAIL,
    "Bonjour, ici {sender_name}, au sujet de l’entretien prévu {interview_day} pour le poste « {position} ». Je dois malheureusement l’annuler : j’ai décidé de retirer ma candidature. Toutes mes excuses pour ce changement. Je vous le confirme par e-mail ; vous pouvez me rappeler à ce numéro.",
    channel=PHONE,
    scenario=S.ACCEPTED,
)
_b.add(
    K.VOICEMAIL,
    "Bonjour, ici {sender_name}, au sujet du poste « {position} ». Merci encore pour nos échanges. Après mûre réflexion, j’ai décidé de retirer ma candidature ; je vous le confirme par e-mail. N’hésitez pas à me rappeler à ce numéro. Bonne journée !",
    channel=PHONE,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.VOICEMAIL,
    "Bonjour, ici {sender_name}, au sujet de votre proposition d’embauche pour le poste « {position} ». Merci encore de votre confiance. Après mûre réflexion, j’ai décidé de ne pas y donner suite ; je vous le confirme par e-mail. N’hésitez pas à me rappeler à ce numéro.",
    channel=PHONE,
    scenario=S.OFFER,
)
_b.add(
    K.VOICEMAIL,
    "Bonjour, ici {sender_name}, au sujet du poste « {position} » chez {company}. Merci de m’avoir proposé un entretien ; ayant accepté une autre offre entre-temps, je dois décliner votre invitation. Je vous le confirme par e-mail, et vous pouvez me rappeler à ce numéro. Bonne journée !",
    channel=PHONE,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.VOICEMAIL,
    "Bonjour, ici {sender_name}, au sujet du poste « {position} » chez {company}. Merci de m’avoir proposé un entretien ; pour des raisons personnelles, je dois décliner votre invitation. Je vous le confirme par e-mail, et vous pouvez me rappeler à ce numéro. Bonne journée !",
    channel=PHONE,
    scenario=S.PERSONAL,
)

# ===========================================================================
# Prepared replies (shown under a spoken script), chosen by the user's main
# reason and falling back to the neutral wording. Never a second reason;
# addressed "vous", to one person or several.
# ===========================================================================

# --- Positive ---------------------------------------------------------------
_b.add(
    K.REPLY_POSITIVE,
    "Merci beaucoup de votre compréhension. J’espère que nous aurons l’occasion d’échanger à nouveau.",
)
_b.add(
    K.REPLY_POSITIVE,
    "Merci beaucoup de votre compréhension. J’ai sincèrement apprécié nos échanges, et j’espère que nous resterons en contact.",
    scenario=S.AFTER_INTERVIEWS,
)

# --- Disappointed -----------------------------------------------------------
_b.add(
    K.REPLY_DISAPPOINTED,
    "Je comprends votre déception, et je vous remercie sincèrement de l’intérêt porté à ma candidature. Ce choix n’a pas été facile, mais c’est la bonne décision pour moi.",
)
_b.add(
    K.REPLY_DISAPPOINTED,
    "Je comprends votre déception, et je regrette le désagrément que cela vous cause. Ce choix n’a pas été facile, mais c’est la bonne décision pour moi.",
    scenario=S.ACCEPTED,
)
_b.add(
    K.REPLY_DISAPPOINTED,
    "Je comprends votre déception, et je vous remercie sincèrement du temps que vous m’avez consacré. Ce choix n’a pas été facile, mais c’est la bonne décision pour moi.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.REPLY_DISAPPOINTED,
    "Je comprends votre déception, et je mesure la confiance que vous m’avez accordée. Ce choix n’a pas été facile, mais c’est la bonne décision pour moi.",
    scenario=S.OFFER,
)

# --- Why? (one per reason, never another reason's words) --------------------
_b.add(
    K.REPLY_WHY,
    "Bien sûr. Après réflexion, ce poste n’est pas le bon choix pour moi à ce stade ; ce n’est en rien un jugement sur {company} ni sur votre équipe.",
)
_b.add(
    K.REPLY_WHY,
    "Bien sûr. Entre-temps, j’ai accepté un autre poste, qui correspond à mes projets actuels ; ce n’est en rien un jugement sur {company}.",
    reason=R.ANOTHER_OFFER,
)
_b.add(
    K.REPLY_WHY,
    "Bien sûr. Ce poste ne correspond pas tout à fait à l’orientation que j’envisage pour ma carrière ; ce n’est en rien un jugement sur {company} ni sur votre équipe.",
    reason=R.CAREER_GOALS,
)
_b.add(
    K.REPLY_WHY,
    "Bien sûr. C’est une question d’adéquation : ma façon de travailler trouverait plus naturellement sa place dans un autre environnement. Ce n’est en rien un jugement sur {company}.",
    reason=R.CULTURE,
)
_b.add(
    K.REPLY_WHY,
    "Bien sûr. La distance serait trop importante pour moi actuellement ; ce n’est en rien un jugement sur le poste ni sur votre équipe.",
    reason=R.LOCATION,
)
_b.add(
    K.REPLY_WHY,
    "Il s’agit de raisons personnelles que je préfère garder pour moi ; cela n’a rien à voir avec {company} ni avec le poste.",
    reason=R.PERSONAL,
)
_b.add(
    K.REPLY_WHY,
    "Bien sûr. Les missions du poste ont évolué depuis que j’ai postulé, et elles ne correspondent plus à ce que je recherche ; ce n’est en rien un reproche.",
    reason=R.ROLE_CHANGED,
)
_b.add(
    K.REPLY_WHY,
    "Bien sûr. Entre-temps, j’ai reçu une autre offre, très proche de mes objectifs, et j’ai choisi de l’accepter ; ce n’est en rien un jugement sur {company}.",
    reason=R.BETTER_OFFER,
)
# Used only when the user typed their own words.
_b.add(
    K.REPLY_WHY,
    "Bien sûr. Ce n’est en rien un jugement sur {company} ; pour tout vous dire, {custom_reason}.",
    reason=R.OTHER,
)

# --- They insist, or offer more: firm, courteous, nothing reopened -----------
_b.add(
    K.REPLY_INSIST,
    "C’est très aimable à vous, et je vous en remercie. Ma décision est toutefois prise, et je préfère ne pas vous faire perdre de temps.",
)
_b.add(
    K.REPLY_INSIST,
    "Je vous remercie, cela me touche. Ma décision est toutefois prise, et je préfère vous le dire clairement plutôt que de laisser planer le doute.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.REPLY_INSIST,
    "Je vous remercie de cette nouvelle proposition, qui me touche. Ma décision est toutefois définitive, et je préfère vous le dire clairement.",
    scenario=S.OFFER,
)
for _reason in (R.ANOTHER_OFFER, R.BETTER_OFFER):
    _b.add(
        K.REPLY_INSIST,
        "C’est très aimable à vous, merci. J’ai toutefois pris un engagement auprès d’un autre employeur, et je tiens à le respecter.",
        reason=_reason,
    )
_b.add(
    K.REPLY_INSIST,
    "C’est très aimable à vous, merci. Ma situation personnelle ne me permet pas de m’engager aujourd’hui, et ma décision est prise.",
    reason=R.PERSONAL,
)

# ===========================================================================
# Points to cover (checklist labels for the spoken channels)
# ===========================================================================

_b.add(K.POINT_GRATITUDE, "Remercier pour l’invitation à l’entretien")
_b.add(K.POINT_GRATITUDE, "Remercier pour l’intérêt porté à votre profil", scenario=S.ACCEPTED)
_b.add(
    K.POINT_GRATITUDE,
    "Remercier pour les échanges et le temps consacré",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.POINT_GRATITUDE, "Remercier pour la proposition et la confiance accordée", scenario=S.OFFER
)
_b.add(K.POINT_DECISION, "Annoncer clairement que vous déclinez l’invitation")
_b.add(
    K.POINT_DECISION,
    "Annoncer clairement que vous annulez l’entretien, en rappelant sa date, et retirez votre candidature",
    scenario=S.ACCEPTED,
)
_b.add(
    K.POINT_DECISION,
    "Annoncer clairement que vous retirez votre candidature",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.POINT_DECISION,
    "Annoncer clairement que vous déclinez la proposition d’embauche",
    scenario=S.OFFER,
)
_b.add(
    K.POINT_DECISION,
    "Dire que vous avez accepté une autre offre et que vous déclinez l’invitation",
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.POINT_DECISION,
    "Dire que vous déclinez l’invitation pour des raisons personnelles",
    scenario=S.PERSONAL,
)
_b.add(K.POINT_REASON, "Donner votre raison en une phrase, sans critique")
_b.add(
    K.POINT_REASON,
    "Garder vos raisons personnelles pour vous : pas de détails",
    scenario=S.PERSONAL,
)
_b.add(K.POINT_APOLOGY, "Présenter une seule fois vos excuses pour la gêne")
_b.add(
    K.POINT_APOLOGY,
    "Présenter une seule fois vos excuses pour ce changement de programme",
    scenario=S.ACCEPTED,
)
_b.add(K.POINT_FEEDBACK, "Partager votre retour avec calme et bienveillance")
_b.add(K.POINT_DOOR_OPEN, "Laisser la porte ouverte à un autre poste")
_b.add(K.POINT_DOOR_OPEN, "Laisser la porte ouverte pour l’avenir", scenario=S.ACCEPTED)
for _scenario in (S.AFTER_INTERVIEWS, S.BETTER_OFFER):
    _b.add(
        K.POINT_DOOR_OPEN,
        "Dire que vous espérez que vos chemins se recroiseront",
        scenario=_scenario,
    )
_b.add(K.POINT_STAY_IN_TOUCH, "Proposer de rester en contact (sur LinkedIn, par exemple)")
_b.add(
    K.POINT_CLOSING, "Remercier de la compréhension et souhaiter bonne chance pour le recrutement"
)

# ===========================================================================
# Reminders, one per line, for each channel. They are advice shown on screen,
# never sent, so even the text-message ones keep full typography.
# ===========================================================================

_b.lines(
    K.REMINDERS,
    "Répondez dans le fil de l’invitation, dès que votre décision est prise.",
    "Choisissez un objet clair : la personne qui recrute doit comprendre le sujet d’un coup d’œil.",
    "Annoncez votre décision en une phrase nette : un message court et poli vaut mieux qu’une longue justification.",
    "Si vous donnez une raison, limitez-la à une phrase, jamais critique envers l’entreprise.",
    "Relisez les noms, l’intitulé du poste et le nom de l’entreprise avant d’envoyer.",
    channel=EMAIL,
)
_b.lines(
    K.REMINDERS,
    "Ne déclinez par SMS que si vous échangiez déjà par SMS avec la personne qui recrute.",
    "Faites court et poli : ni abréviations ni émojis, deux SMS au plus.",
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
    "Si personne ne répond, laissez le message vocal prévu et confirmez par e-mail.",
    "Terminez sur une note positive et remerciez la personne de son temps.",
    channel=PHONE,
)
_b.lines(
    K.REMINDERS,
    "Assurez-vous que la personne est disponible ; sinon, préférez un e-mail ou un appel.",
    "Demandez à échanger dans un endroit calme, à l’écart.",
    "Préparez ce que vous allez dire : d’abord les remerciements, puis votre décision.",
    "Allez droit au but avec honnêteté, et gardez une raison brève et professionnelle.",
    "Concluez sur une note positive en souhaitant bonne chance pour la suite du recrutement.",
    channel=IN_PERSON,
)

# ===========================================================================
# Reason hints: shown in the wizard next to each reason ticked (not part of
# a message). Stored as displayed, with the French no-break spaces.
# ===========================================================================

_b.add(
    K.REASON_HINT,
    french_typography(
        "Dites-le simplement, sans nommer l’employeur, et déclinez en même temps les "
        "autres entretiens que vous aviez en attente."
    ),
    reason=R.ANOTHER_OFFER,
)
_b.add(
    K.REASON_HINT,
    french_typography(
        "Après réflexion, le poste ne mène pas là où vous voulez aller. Parlez de votre "
        "projet, pas des défauts du poste."
    ),
    reason=R.CAREER_GOALS,
)
_b.add(
    K.REASON_HINT,
    french_typography(
        "Un décalage de valeurs ou de façon de travailler est une raison valable : "
        "présentez-le comme une question d’adéquation, jamais comme un jugement."
    ),
    reason=R.CULTURE,
)
_b.add(
    K.REASON_HINT,
    french_typography(
        "Un trajet trop long ou un déménagement impossible pour vous. C’est une raison "
        "neutre et facile à comprendre : une mention brève suffit."
    ),
    reason=R.LOCATION,
)
_b.add(
    K.REASON_HINT,
    french_typography(
        "Santé, famille ou autres engagements. Vous n’avez pas à donner de détails : "
        "votre bien-être passe avant tout."
    ),
    reason=R.PERSONAL,
)
_b.add(
    K.REASON_HINT,
    french_typography(
        "Les missions se sont éloignées de celles pour lesquelles vous aviez postulé. "
        "Constatez-le de façon factuelle, sans reproche."
    ),
    reason=R.ROLE_CHANGED,
)
_b.add(
    K.REASON_HINT,
    french_typography(
        "Dans le message, parlez d’une « autre proposition » qui correspond à vos "
        "objectifs : ne dites jamais qu’elle est meilleure et ne comparez pas les salaires."
    ),
    reason=R.BETTER_OFFER,
)
_b.add(
    K.REASON_HINT,
    french_typography(
        "Écrivez-la en quelques mots, sans majuscule initiale ni point final (par exemple "
        "« le trajet quotidien serait trop long pour moi ») : elle sera insérée dans une "
        "phrase du message. Tenez-vous-en aux faits, sur un ton positif et sans critique."
    ),
    reason=R.OTHER,
)

BLOCKS: tuple[BlockSpec, ...] = tuple(_b.blocks)
