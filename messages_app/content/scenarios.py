"""Scenarios (with the advice shown for each) and reasons (with a hint), in both languages.

The French advice and hints are shown as they are stored (only message blocks
go through the composer), so they are stored with French spacing applied.
"""

from __future__ import annotations

from messages_app.choices import ReasonKey, ScenarioKey
from messages_app.content.spec import ReasonSpec, ScenarioSpec
from messages_app.text import french_typography


def _scenario(
    key: str, position: int, *, title_fr: str, title_en: str, advice_fr: str, advice_en: str
) -> ScenarioSpec:
    return ScenarioSpec(
        key=str(key),
        position=position,
        title_fr=title_fr,
        title_en=title_en,
        advice_fr=french_typography(advice_fr),
        advice_en=advice_en,
    )


def _reason(
    key: str, position: int, *, label_fr: str, label_en: str, hint_fr: str, hint_en: str
) -> ReasonSpec:
    return ReasonSpec(
        key=str(key),
        position=position,
        label_fr=label_fr,
        label_en=label_en,
        hint_fr=french_typography(hint_fr),
        hint_en=hint_en,
    )


SCENARIOS: tuple[ScenarioSpec, ...] = (
    _scenario(
        ScenarioKey.EARLY,
        10,
        title_fr="Décliner dès l’invitation",
        title_en="Declining early in the process",
        advice_fr=(
            "Répondez dès que votre décision est prise : plus l’entreprise est prévenue tôt, "
            "plus vite elle peut proposer ce créneau à quelqu’un d’autre. "
            "Quelques lignes suffisent : un remerciement, un refus net, sans justification "
            "détaillée. "
            "Si l’entreprise est susceptible de vous intéresser plus tard, dites-le en une phrase."
        ),
        advice_en=(
            "Reply as soon as your mind is made up: the sooner the recruiter knows, the sooner "
            "they can offer the slot to someone else. "
            "A few lines are enough: a thank-you, a clear no, and no lengthy justification. "
            "If the company could interest you later on, say so in a single sentence."
        ),
    ),
    _scenario(
        ScenarioKey.ACCEPTED,
        20,
        title_fr="Se désister d’un entretien déjà accepté",
        title_en="Withdrawing from an interview you accepted",
        advice_fr=(
            "Prévenez le plus tôt possible, et en tout cas bien avant la date : quelqu’un a "
            "réservé du temps pour vous recevoir. "
            "Excusez-vous une fois pour le désagrément, sans vous justifier longuement. "
            "Pour le reste, le message suit la trame habituelle : remerciements, décision "
            "claire et conclusion positive."
        ),
        advice_en=(
            "Let them know as early as you can, and well before the date: someone has set time "
            "aside to meet you. "
            "Apologise once for the inconvenience, without over-explaining. "
            "Otherwise the message follows the usual pattern: thanks, a clear decision and a "
            "positive close."
        ),
    ),
    _scenario(
        ScenarioKey.AFTER_INTERVIEWS,
        30,
        title_fr="Retirer sa candidature après un ou plusieurs entretiens",
        title_en="Withdrawing after interviews",
        advice_fr=(
            "Les personnes rencontrées vous ont consacré du temps : un message personnel "
            "s’impose, par téléphone si un vrai lien s’est créé, sinon par un e-mail soigné. "
            "Remerciez pour le temps consacré et la qualité des échanges, puis annoncez sans "
            "détour que vous retirez votre candidature. "
            "Si vous le souhaitez, ajoutez un retour constructif, factuel et bienveillant."
        ),
        advice_en=(
            "The people you met have invested real time in you, so the message should feel "
            "personal: a phone call if you built a rapport, otherwise a carefully written email. "
            "Thank them for their time and the conversations, then say plainly that you are "
            "withdrawing your application. "
            "If you wish, add one piece of constructive feedback, factual and kind."
        ),
    ),
    _scenario(
        ScenarioKey.OFFER,
        35,
        title_fr="Décliner une offre d’emploi",
        title_en="Declining a job offer",
        advice_fr=(
            "Une offre engage l’entreprise : répondez vite, idéalement dans le délai "
            "qu’elle vous a laissé, et de préférence de vive voix si le lien est fort. "
            "Dites clairement que vous déclinez sa proposition d’embauche, remerciez pour la "
            "confiance accordée, et donnez au plus une raison, en une phrase. "
            "Si l’on vous propose davantage, maintenez votre décision avec fermeté et "
            "courtoisie : elle est prise."
        ),
        advice_en=(
            "An offer commits the company, so answer quickly, ideally within the time they "
            "gave you, and by phone if you have a real rapport. "
            "Name the offer, thank them for their confidence in you, and give at most one "
            "reason, in one sentence. "
            "If they offer more, stay firm and courteous: your decision is made."
        ),
    ),
    _scenario(
        ScenarioKey.BETTER_OFFER,
        40,
        title_fr="Une autre offre vous convient mieux",
        title_en="Another offer suits you better",
        advice_fr=(
            "Avant de décliner, vérifiez que la nouvelle offre correspond vraiment à vos "
            "objectifs, à vos valeurs et à vos attentes. "
            "Vous pouvez dire simplement que vous avez accepté une autre proposition, sans "
            "nommer l’entreprise ni comparer les deux offres. "
            "Prévenez dès que votre choix est arrêté et remerciez pour l’intérêt porté à votre "
            "candidature."
        ),
        advice_en=(
            "Before you decline, make sure the new offer really fits your goals, your values "
            "and your expectations. "
            "You can simply say that you have accepted another offer, without naming the "
            "company or comparing the two. "
            "Tell them as soon as your choice is final, and thank them for their interest in "
            "your application."
        ),
    ),
    _scenario(
        ScenarioKey.PERSONAL,
        50,
        title_fr="Décliner pour des raisons personnelles",
        title_en="Declining for personal reasons",
        advice_fr=(
            "Vous n’avez pas à détailler votre vie privée : « pour des raisons personnelles » "
            "suffit, et les recruteurs le comprennent. "
            "Répondez rapidement, remerciez pour l’attention portée à votre candidature "
            "et, si c’est le cas, dites que vous aimeriez garder le contact."
        ),
        advice_en=(
            "You owe no one details about your private life: “for personal reasons” is enough, "
            "and recruiters understand it. "
            "Reply promptly, thank them for considering you and, if it is true, say you would "
            "be glad to hear from them in the future."
        ),
    ),
)


REASONS: tuple[ReasonSpec, ...] = (
    _reason(
        ReasonKey.ANOTHER_OFFER,
        10,
        label_fr="J’ai accepté une autre offre",
        label_en="I accepted another offer",
        hint_fr=(
            "Dites-le simplement, sans nommer l’employeur, et déclinez en même temps les "
            "autres entretiens que vous aviez en attente."
        ),
        hint_en=(
            "Say it simply, without naming the employer, and cancel any other pending "
            "interviews at the same time."
        ),
    ),
    _reason(
        ReasonKey.CAREER_GOALS,
        20,
        label_fr="Le poste ne correspond pas à mes objectifs de carrière",
        label_en="The role does not fit my career goals",
        hint_fr=(
            "Après réflexion, le poste ne mène pas là où vous voulez aller. Parlez de votre "
            "projet, pas des défauts du poste."
        ),
        hint_en=(
            "On reflection, the role does not lead where you want to go. Talk about your own "
            "plans, not about the role’s shortcomings."
        ),
    ),
    _reason(
        ReasonKey.CULTURE,
        30,
        label_fr="La culture de l’entreprise ne me correspond pas",
        label_en="The company culture does not suit me",
        hint_fr=(
            "Un décalage de valeurs ou de façon de travailler est une raison valable : "
            "présentez-le comme une question d’adéquation, jamais comme un jugement."
        ),
        hint_en=(
            "A mismatch in values or working style is a valid reason: present it as a question "
            "of fit, never as a judgement on the company."
        ),
    ),
    _reason(
        ReasonKey.LOCATION,
        40,
        label_fr="Localisation ou trajet",
        label_en="Location or commute",
        hint_fr=(
            "Un trajet trop long ou un déménagement impossible pour vous. C’est une raison "
            "neutre et facile à comprendre : une mention brève suffit."
        ),
        hint_en=(
            "A commute that is too long, or a move you cannot make. It is a neutral reason "
            "that everyone understands: a brief mention is enough."
        ),
    ),
    _reason(
        ReasonKey.PERSONAL,
        50,
        label_fr="Circonstances personnelles",
        label_en="Personal circumstances",
        hint_fr=(
            "Santé, famille ou autres engagements. Vous n’avez pas à donner de détails : "
            "votre bien-être passe avant tout."
        ),
        hint_en=(
            "Health, family or other commitments. You do not have to give any details: your "
            "well-being comes first."
        ),
    ),
    _reason(
        ReasonKey.ROLE_CHANGED,
        60,
        label_fr="Le poste a changé",
        label_en="The role has changed",
        hint_fr=(
            "Les missions se sont éloignées de celles pour lesquelles vous aviez postulé. "
            "Constatez-le de façon factuelle, sans reproche."
        ),
        hint_en=(
            "The responsibilities have moved away from what you applied for. State the change "
            "factually, without reproach."
        ),
    ),
    _reason(
        ReasonKey.BETTER_OFFER,
        70,
        label_fr="J’ai reçu une meilleure offre",
        label_en="I received a better offer",
        hint_fr=(
            "Dans le message, parlez d’une « autre proposition » qui correspond à vos "
            "objectifs : ne dites jamais qu’elle est meilleure et ne comparez pas les salaires."
        ),
        hint_en=(
            "In the message, speak of “another offer” that fits your plans: never call it "
            "better and never compare salaries."
        ),
    ),
    _reason(
        ReasonKey.OTHER,
        80,
        label_fr="Une autre raison",
        label_en="Another reason",
        hint_fr=(
            "Écrivez-la en quelques mots, sans majuscule initiale ni point final (par exemple "
            "« le trajet quotidien serait trop long pour moi ») : elle sera insérée dans une "
            "phrase du message. Tenez-vous-en aux faits, sur un ton positif et sans critique."
        ),
        hint_en=(
            "Write it in a few words: it will be placed inside one sentence of the message. "
            "Keep it factual and positive, without criticism."
        ),
    ),
)
