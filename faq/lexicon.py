"""Words the matcher treats specially: function words, light words, clinic synonyms (English and Spanish)."""

from __future__ import annotations

import re
from functools import cache, lru_cache, reduce
from itertools import repeat
from operator import or_

from faq import prefilter  # (prefilter reads lexicon's words only when first called: no import cycle at load)

# Function words and chat filler in English and Spanish: they carry no topic, so they neither help an
# entry match nor count against it. A message made only of these is matched on all its words.
STOPWORDS = frozenset(
    (
        "a an the i me my mine myself we our us you your yours he him his she her it its they them their "
        "this that these those there here is am are was were be been being do does did doing done have has "
        "had having can could would should will shall may might must to of in on at for from by with about "
        "as into onto than then so if or and but not no nor yes yeah yep just also too very really please "
        "get gets got getting go goes going went gone want wants wanted need needs needed like know tell "
        "let lets im ive id ill youre dont doesnt didnt cant wont isnt arent wasnt havent hasnt couldnt "
        "wouldnt shouldnt shes hes theyre thats theres weve youve theyve whos still yet now today tomorrow "
        "tonight right soon again sorry quick question "
        "questions wondering wonder anyone someone somebody anybody guys yall one some any much many lot "
        "lots thing things stuff way able sure well ask asking said say says hey hi hello oh um uhm hmm up "
        "lol haha pm am ok okay k kk thanks thank appreciate cool great perfect alright awesome fine got "
        "it sounds good best regards dear sir madam maam miss mr mrs ms "
        "el la los las lo le les un una uno unos unas de del al en y o u e que por para con mi mis tu tus su "
        "sus me te se nos yo usted ustedes es son era esta estan estoy esto ese eso esa ser estar hay ella ellas ellos "
        "tengo tiene tienen tenemos puedo puede pueden podria necesito necesita quiero quiere quisiera "
        "hola gracias favor si ya muy mas pero tambien cual cuales algo alguien ahora hoy manana ok vale "
        "bueno buenas buenos dias tardes noches pregunta preguntas duda dudas disculpe perdon oiga "
        "senor senora senorita ahi alli alla aqui aca asi nomas ir ahorita "
        # round 22: Spanish texting filler ("porfa", "xfa") and quantity words
        "porfa porfavor porfis xfa xfavor plis mucho mucha muchos muchas previa previo ocupo ocupa ocupan ocupamos "
        # round 30: young adults' texting filler ("ngl", "lowkey", "tbh idk", "or nah", "oye", "heyyy"): it dilutes
        # a routine question as the words of no entry; "prob" is "probably" ("no prob"); "heyyy" is normalize's
        "ngl lowkey highkey tbh tbf idk idc fr frfr fyi imo imho smh omg lmk bruh bro dude nah nope yup kinda "
        "sorta prob oye "
        # lead 31: the courtesy of formal and older writers ("could you kindly inform me of", "at your earliest
        # convenience", "if possible", "i would be grateful"): it asks for nothing of its own
        "kindly inform informing advise possible possibly convenience earliest grateful "
        # Spanish "do" is dropped as "do" is ("hacen fisicos?"), with asks to tell ("decime", "digame")
        "hacer hago hace hacen hacemos decime dime digame"
    ).split()
)  # fmt: skip

# "how long", folded into one light question word (index.py: answers that give a duration answer it).
HOW_LONG = "howlong"

# Words that shape a question but name no topic: they count, at a fraction of their weight.
LIGHT = frozenset({HOW_LONG}) | frozenset(
    (
        "what when where how who why which whats wheres hows donde cuando como quien porque new "
        "morning afternoon evening week weekday day days time times usually normally "
        "child mom dad mother father husband wife son daughter parent parents family grandma grandpa "
        "friend partner boyfriend girlfriend sister brother aunt uncle cousin grandson granddaughter "
        # round 22: the same in Spanish ("para mi papa", "mi esposo")
        "papa mama papi mami esposo esposa abuela abuelo abuelita abuelito suegra suegro novio novia amigo amiga "
        # "what does X mean" asks what X is: the form of a question, not its topic
        "mean means significa"
    ).split()
)  # fmt: skip
LIGHT_FACTOR = 0.35

# Everyday verbs and nouns that name no topic, even where an FAQ question uses them ("Can I come in
# without an appointment?"): always light, or "can my mom come with me?" would be about walk-ins.
EVERYDAY = frozenset(
    (
        # verbs that carry no request of their own
        "come comes coming came do doing done give gives giving gave make makes making figure find finding found "
        "happen happened happening "
        "happens hear heard hope hoping look looking looked made may might mind see seen seeing saw "
        "think thinking thought tried try trying know knew need needed want wanted like liked say says "
        "said saying tell told suppose supposed get got getting go going went keeps kept trouble "
        "problem problems issue issues error errors talk talking discuss discussing wondering "
        "understand understanding understood explain explaining explained speak speaking "
        "arrive arrived llegar llegaron llego llegado pick picking picked put puts putting atienden atiende atender "
        # nouns that name no service
        "thing things stuff way ways sort type types information message messages reason moment "
        "people person guy guys lady ladies folks place something someone anyone everyone nobody "
        "somebody followup ok okay sure please sorry "
        "algo algun alguna alguno algunos algunas cosa cosas cual dar dia hacer hago hace hacen otra otro pasa paso "
        "salio sale salen "
        # round 73: a result that comes out, a test that was done ("cuanto tarda en salir el resultado", "me hicieron
        # una radiografia")
        "salir salga salgan hicieron hizo hicimos "
        "porque pronto saber sobre tiempo todavia todo toda ver vez "
        # round 20: Spanish verbs of any request ("como me pongo en la lista", "me voy a mexico", "cuando me dan")
        "hacerme hacerse hacerle hacerlo hacemos hice voy vas va vamos pongo poner ponen pone dan doy da veo "
        "tomar tomo toma bien "
        # lead 18: asking for or getting something ("como pido mis resultados", "donde consigo la forma")
        "pido pedir pide piden pedimos solicito solicitar solicita consigo conseguir consigue obtengo obtener obtiene "
        # lead 31: the same in formal English ("how do i go about obtaining", "i should like to receive")
        "obtain obtaining obtained "
        # batch 19: "receive" is how non-native writers say get ("how i can receive my records", "i receive one bill")
        "receive receives receiving"
    ).split()
)  # fmt: skip

# Everyday words that do not name a topic ("ready", "usually", "work"): light, so they neither
# sink a good match nor, alone, make one. Qualifiers among them ("first visit", "next appointment")
# count in full where the FAQ's own questions use them. Topic words the FAQ never uses stay heavy.
GENERIC = EVERYDAY | frozenset(
    (
        # adverbs, adjectives, quantities and time words
        "about above across actually after ago ahead all almost already always another anything anyway "
        "anywhere around available availability away back bad basically before being below better between "
        "big bit both couple current currently different during each early earlier earliest either else "
        "empty enough entire even ever every everything exactly few first full good half important "
        "instead kind last late later latest least less little long longer lost many maybe more most "
        "much near nearby next nice nothing often old only other others over own part past possible "
        "possibly pretty probably quick quickly rather ready recently lately regular same second several "
        "short simple since slow small something sometime sometimes somewhere soon soonest special "
        "specific still such third though through thru til till together typically upcoming usual "
        "usually very whatever while whole wrong right correct incorrect anymore extra general main direct "
        "option options choice choices initial policy policies rule rules "
        # verbs of a service question, one as good as another where the FAQ uses none: "do you treat kids"
        "treat treats treating offer offers offering provide provides providing "
        # words of a request that a sparse FAQ may not use: "make an account", "fill out", "health form"
        "account accounts fill filled filling health salud llenar llene llenen llenan lleno llenaron llenarme "
        "certain particular basic previous following today tonight tomorrow yesterday morning evening "
        # round 73: "the exact address", "la direccion exacta": no more than "exactly" asks
        "exact exacta exacto exactos exactas "
        "day days week weeks month months year years date dates two news due out version used "
        # round 44: "nearly" as "almost" ("i am nearly out of my pills"), and the months, time words as "week" is
        # ("our plan changed in january, are you in network")
        "nearly january february march april june july august september october november december "
        "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre"
    ).split()
) | frozenset(
    (
        # round 47: the words of a patient's everyday life, which name nothing an FAQ entry is about. Written by
        # people who never saw the FAQ, "had an x-ray last wednesday, how long does it usually take" or "no me acuerdo
        # de la contrasena, ya lo intente como 5 veces" carried each such word the FAQ does not use at the full
        # weight of an unknown topic word. Left out on purpose, as each can be what a near miss asks about: the body,
        # services, insurers, documents and devices; staying or being awake ("stay overnight", "awake during the
        # procedure"), going back ("volver a trabajar"), turning an age, showing up, forgetting a dose, being alone
        # ("solo"), a woman or man doctor, and feelings that are signs (confused, scared, worried, upset, stressed).
        # Out too, as each was what sent a held message to staff: running out ("se le acabo ayer"), a finished form
        # (a status check), "at once" (a group), "si fui" (a disputed charge), "como siempre" (a dose taken),
        # embarrassment (before a sensitive request), "set" (the FAQ's own "set up"), and "wed" ("wedding" stems to
        # it). Words one slip from a real word that matters are left out ("cunada": "canada"; "waking": "walking").
        # time: when it happened or how often
        "recent nowadays tonite tmrw tmr tomorow tommorow yday asap eventually finally forever awhile meanwhile "
        "someday never twice generally ayer anoche antier anteayer pasado pasada proximo proxima "
        "siguiente mes meses luego temprano nunca aun apenas recien recientemente ultimamente rato mientras "
        "seguido frecuentemente yr yrs wk wks mos mismo misma mismos mismas "
        # dates as patients shorten them: "my appt on tues the 14th"
        "mon tue tues thu thur thurs fri sat "
        "1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th 13th 14th 15th 16th 17th 18th 19th 20th 21st 22nd 23rd "
        "24th 25th 26th 27th 28th 29th 30th 31st "
        # people: who the writer is or who told them
        "receptionist receptionists secretary secretaria recepcionista roommate fiance fiancee spouse stepdad stepmom "
        "stepson stepdaughter granddad grandmother grandfather nana granny grandkid grandkids grandchild grandchildren "
        "niece nephew hubby wifey bf gf sis mum mommy daddy momma mamma pops hermano hermana hermanos tio tia primo "
        "prima vecino vecina sobrino sobrina padre madre padres nieto nieta nietos yerno nuera "
        "neighbour himself herself whom chava chavo muchacho muchacha "
        # verbs of everyday life, and their Spanish forms as patients write them (no accents)
        "leave leaves leaving left start started starting begin began mention mentioned mentioning remember "
        "remembered wake woke guess decide decided continue seem seems seemed notice noticed "
        "realize realized believe wish wished live lives lived took taken along "
        "dejo dejar deja deje dejamos lleve llevarlo llevarla acuerdo acuerdas acordaba recuerdo recordar intente "
        "intento intentado intentar trate tratado empiezo empezar empieza comenzar sigo seguir sigue creo "
        "pienso tuve tuvo tuvimos estuve estaba estaban dijo dijeron dije quede quedamos "
        "toca tocaba desperto amanecio mencionaron menciono debo debe deberia queria queriamos soy somos sabe sabes "
        "conozco conoce suena vaya pasar pidio pidieron hurry bother grab "
        # frequency and degree
        "veces super totally extremely quite especially literally honestly seriously definitely absolutely barely "
        "hardly mostly mainly completely multiple varias varios bastante demasiado tan tanto poco poquito casi "
        "solamente realmente totalmente sumamente properly directly worth easier easiest apart besides ought sooo "
        "soooo obviously obvio obviamente clearly apparently "
        # feelings that are no sign of anything, and filler
        "hoped hopefully afraid glad happy frustrated annoyed excited thankful unfortunately luckily "
        "ojala lamentablemente desafortunadamente feliz apenado apenada "
        "btw anyways etc pues entonces osea digo mira fijese fijate welp umm uh uhh okie plus wanna gonna gotta "
        "lemme because cuz bc este"
    ).split()
)  # fmt: skip
GENERIC_FACTOR = 0.3

# Words that qualify a request without changing it ("my *heart* medication", "my *chest x-ray*
# results"): they count for less than a topic word, but still count.
MODIFIERS = frozenset(
    (
        "deaf heart chest knee knees arm arms leg legs foot feet hand hands eye eyes ear ears skin head neck "
        "shoulder hip stomach belly lung lungs kidney liver thyroid teeth tooth throat rodilla rodillas hombro hombros "
        "cadera "
        "asthma diabetes diabetic seizure seizures epilepsy cholesterol pressure cancer arthritis adhd "
        "allergy allergies depression anxiety pregnancy pregnant surgery stroke "
        "thinner thinners xray mri ct scan ultrasound echo ekg ecg imaging radiografia torax pecho corazon "
        "cardiology dermatology neurology pediatrics orthopedics oncology radiology urology "
        "gynecology obgyn cardiologist dermatologist neurologist pediatrician cardiologia monitor "
        # places and things a request can be about, unless the FAQ itself asks about them
        "school work job home house car bus train building edificio floor door doors entrance exit front side "
        "card cards name names email mail paper papers app text texts texting email emailing room rooms "
        "family friend friends neighbor coworker boss employer escuela colegio trabajo "
        "prenatal postnatal postpartum annual yearly routine pediatric prenatal ekg ecg "


    ).split()
)  # fmt: skip
MODIFIER_FACTOR = 0.1
# A person's name after "dr"/"nurse": counts against every entry, but less than an unknown topic word.
NAME_FACTOR = 0.5
# The word a name after a title becomes ("dr patel" is "doctor xnamex"): a plain word, so the phrase rules'
# "(doctor|dr)( \w+)?" take it as they take any word, and no patient writes it.
NAME = "xnamex"

# Acknowledgements: a message made only of these (and thanks) is a "thank you", not a question. Those that stand
# alone ("ok", "got it", "dale", "cheers") are one even with no thanks.
ACK_ALONE = frozenset(
    "ok okay k kk cool great perfect alright awesome fine got it sounds good sure noted gotcha great "
    "vale listo perfecto entendido bueno excelente genial muy bien "
    # round 22: Spanish texting acknowledgements ("ok gracias ntp", "dale", "okis")
    "ntp dale okey oki okis sale "
    # round 24: blessings and sign-offs ("god bless you all", "cheers, kind regards")
    "god bless blessed blessings cheers regards lovely wonderful".split()
)
# What and whom people thank ("thanks for the help", "gracias por la ayuda", "thank you doctor"): part of a
# thank-you, never one alone ("information" asks for information; lead 31: "thank you very much doctor for your
# help" was answered after-hours, "doctor" being no word of a thank-you).
THANKED_FOR = frozenset(
    "help helping everything info information answer reply response quick ayuda todo informacion "
    "much muchas muchisimas mil tons all everyone kind kindly heaps million bunch "
    "doctor doctors dr doc doctora nurse nurses team staff folks ladies enfermera equipo".split()
)
ACKS = ACK_ALONE | THANKED_FOR

# Common medicines and kinds of medicine: to the FAQ they are all "medication" ("refill my lisinopril").
_DRUGS = (
    "lisinopril metformin insulin inhaler inhalers epipen antidepressant antidepressants antibiotic "
    "antibiotics statin statins levothyroxine synthroid amlodipine atorvastatin lipitor losartan "
    "metoprolol omeprazole gabapentin sertraline zoloft prozac fluoxetine lexapro escitalopram "
    "albuterol advair prednisone hydrochlorothiazide warfarin eliquis xarelto plavix adderall ritalin "
    "xanax ambien nitroglycerin inhalador insulina antibioticos antidepresivos "
    # what a specialty prescribes, by class and brand (a sparse FAQ names none of them): skin, pain,
    # infection, hormones
    "cream creams ointment ointments lotion lotions topical topicals crema cremas pomada pomadas "
    "tretinoin isotretinoin accutane retinoid retinoids hydrocortisone steroid steroids doxycycline "
    "minocycline spironolactone clindamycin amoxicillin azithromycin cephalexin keflex ibuprofen "
    "acetaminophen tylenol advil motrin naproxen aleve ozempic wegovy mounjaro estrogen progesterone "
    "testosterone "
    # allergy medicines (round 18)
    "singulair montelukast zyrtec cetirizine claritin loratadine allegra fexofenadine benadryl flonase "
    "antihistamine antihistamines epinephrine "
    # diabetes and thyroid medicines (round 23)
    "humalog novolog lantus basaglar tresiba levemir toujeo admelog lyumjev fiasp humulin novolin glipizide "
    "glimepiride januvia jardiance farxiga trulicity victoza rybelsus methimazole cytomel liothyronine "
    # inhalers and lung medicines by brand (round 41, pulmonology)
    "spiriva symbicort trelegy breo ventolin proair flovent dulera anoro incruse stiolto wixela pulmicort "
    "budesonide fluticasone tiotropium "
    # gender-affirming and other hormone medicines by name (round 79, the lead's batch 60: "down to my last 2
    # estradiol patches")
    "estradiol estrace premarin finasteride bicalutamide androgel"
)
# Each a medication; an FAQ whose questions name one ("How do I get an EpiPen refill?") also keeps its name.
DRUG_WORDS = frozenset(_DRUGS.split())
# Words patients use that an FAQ may not: known, so never "corrected" into an FAQ word
# ("copay" is not a typo of "copy").
EXTRA_WORDS = frozenset(
    (
        "copay copays deductible deductibles coinsurance premium premiums hmo ppo authorization "
        "preauthorization wifi dental dentist dentists vision optometrist glasses contacts hearing "
        "botox vasectomy circumcision pierced piercing tattoo massage chiropractor acupuncture therapy "
        "therapist counseling counselor psychiatrist psychologist physical nutritionist dietitian "
        "mammogram colonoscopy biopsy ultrasound vaccines measles mumps tetanus shingles hpv hepatitis "
        "pneumonia strep covid paternity dna drug screening employer employers jury dog dogs cat pet "
        "pets jacket wallet keys phone charger hiring jobs job volunteer donate donation fax faxed "
        "tour lunch cafeteria vending atm bathroom restroom restrooms partes plazos cuotas mensualidades "
        "filled filling fills kill kills killing killed "
        # (batch 67: texting is no test, "sorry, I know I've texted a lot today" had read as "tested")
        "text texts texted texting textear "
        # round 22: Spanish words one slip from an FAQ word ("carro" is not "caro", a cost)
        "carro carros carrito coche coches troca camioneta "
        # verbs said after "my doctor" are not a name ("has my doctor reviewed my x-ray"; lead batch 26)
        "reviewed reviewing reviews signed ordered prescribed approved "
        # Spanish verbs of getting into the portal ("como ingreso a mychart": not "ingresos", income)
        "entro entrar ingreso ingresar accedo acceder "
        # ...and the English verb, never "corrected" into the Spanish ones (batch 19: "how i enter in the portal")
        "enter enters entering entered "
        # saving a spot in Spanish ("como aparto mi lugar"), not "aparato"
        "aparto aparta apartan apartame "
        # round 47: real words one slip from the everyday words of GENERIC, which must stay themselves ("intense pain"
        # is not "intente", "leve" mild not "lleve", "staring spells" not "starting", a "nevera" fridge not "never")
        "intense leve nevera perdieron poops puse pusieron quiet sentences staring stated supper mess comiendo "
        # round 75: Spanish verbs of how long a thing takes, which the how-long rules read ("cuanto tardan los
        # resultados" is not the answer's "tardar", which left "cuanto" a price)
        "tardan tardo tardara tardaran tardaria demoran demoro demorara demoraran duran "
        # round 77: a baby or toddler screaming is no screening test ("stuck in traffic with a screaming toddler")
        "scream screams screamed screaming screamer"
    ).split()
)  # fmt: skip

_LANGUAGES = (
    "english ingles spanish espanol vietnamese chinese mandarin cantonese arabic russian korean tagalog french "
    "haitian creole portuguese polish somali hmong farsi hindi urdu bengali japanese italian german amharic "
    "swahili ukrainian nepali punjabi "
    # round 73: any language a patient or their family speaks, the world's and the Americas' own, in English and
    # Spanish ("mi mama solo habla mixteco", "K'iche' only", "she speaks Tigrinya"): each asks for an interpreter
    "greek hebrew turkish romanian dutch hungarian czech serbian croatian bosnian albanian armenian georgian persian "
    "dari pashto kurdish tigrinya oromo kinyarwanda kirundi lingala yoruba igbo hausa wolof fulani twi akan zulu "
    "burmese khmer cambodian laotian lao thai malay indonesian tamil telugu gujarati marathi malayalam ilocano "
    "cebuano visayan chamorro chuukese marshallese samoan tongan navajo "
    "mixtec mixteco zapotec zapoteco triqui trique nahuatl purepecha otomi tzotzil tzeltal mixe chinanteco mazateco "
    "mayan kiche quiche kaqchikel qanjobal kanjobal akateko chuj ixil qeqchi kekchi garifuna quechua aymara guarani "
    "portugues frances arabe chino coreano vietnamita ruso japones aleman italiano haitiano criollo"
)

# Synonyms and Spanish equivalents mapped to one concept, so "appt", "visit" and "cita" meet.
_GROUPS = {
    "appointment": "appointment appointments visit visits cita citas consulta consultas turno consultation "
    "consultations",
    "book": "book booking booked schedule scheduling agendar programar sacar reservar",
    "reschedule": "reschedule rescheduling move moving change changing postpone push switch cambiar mover "
    "reprogramar posponer",
    "cancel": "cancel cancelling canceling cancelled canceled cancellation cancelar cancelacion anular",
    "late": "late tarde retraso retrasado atrasado behind",
    "uti": "uti utis",  # round 35: a clinic's answer lists "UTIs"
    # Spanish forms of renovar change their stem: "que me renueven la receta"
    "refill": "refill refills refilled refilling reorder reorders reordering renew renewal renewed resurtir resurtido "
    "renovar surtir "
    "renueven renueva renuevan renueve renovaran renovarme surtan surta surten surtieron surtirme surtame resurtan",
    "result": "result results resultado resultados",
    "lab": "lab labs laboratory laboratorio bloodwork analisis labwork drawn",
    "test": "test tests testing tested prueba pruebas examen examenes screen screens screening screenings",
    "bill": "bill bills billing billed invoice statement balance owe owed owing factura facturas cobro cuenta cuentas",
    "pay": "pay paying paid payment payments money pagar pago pagos",
    "cost": "cost costs price prices amount amounts fee fees charge charges charged costo cuesta cuestan precio "
    "tarifa cuanto "
    "expensive pricey caro cara caros caras costoso costosa cobran cobrar cobraron cobra",
    "insurance": "insurance insurances insured coverage seguro seguros aseguranza aetna cigna humana "
    "kaiser anthem bcbs medicaid medicare tricare ambetter molina caresource wellcare oscar chip",
    "portal": "portal mychart",
    "login": "login log logon signin password passwords username contrasena clave usuario locked",
    "register": "register registration enroll enrollment signup registrarme registrar inscribirme inscribir "
    "apply applying application applications aplicar solicitar solicitud inscripcion",
    "records": "records record chart expediente historial cartilla carnet",
    "video": "video virtual telehealth telemedicine videollamada telemedicina zoom facetime skype",
    "flu": "flu influenza gripe gripa",
    "vaccine": "vaccine vaccines vaccination vaccinations vaccinated shot shots jab immunization "
    "immunizations booster vacuna vacunas vacunacion inyeccion inyecciones injection injections",
    "covid": "covid covid19 coronavirus",
    "walkin": "walkin walkins",
    "accept": "accept accepts accepting accepted take takes taking aceptan acepta aceptar aceptando reciben "
    # (round 73: "estan recibiendo pacientes nuevos?")
    "recibiendo recibe",
    "patient": "patient patients paciente pacientes",
    "interpreter": "interpreter interpreters translator translators interpretation interprete "
    "interpretes traductor traductora asl",
    # which language a patient speaks is the interpreter question's word ("she speaks vietnamese")
    "language": "language languages idioma idiomas " + _LANGUAGES,
    # packing for a visit is what to bring ("what should i pack"); Spanish first persons ("que llevo")
    "bring": "bring bringing traer llevar pack packing llevo traigo llevamos traemos",
    "fast": "fast fasting ayunas ayunar ayuno",
    "eat": "eat eating food comer comida desayunar desayuno almorzar almuerzo cenar",
    "night": "night nights noche noches overnight",
    "weekend": "weekend weekends saturday saturdays sunday sundays sabado sabados domingo domingos",
    "weekday": "weekday weekdays monday tuesday wednesday thursday friday lunes martes miercoles jueves viernes",
    "nurse": "nurse nurses enfermera enfermero enfermeras",
    "doctor": "doctor doctors physician physicians provider providers medico medica doctora pcp gp",
    "specialist": "specialist specialists especialista especialistas",
    "referral": "referral referrals refer referred referencia referido remision",
    "form": "form forms paperwork formulario formularios fmla letter letters note notes nota notas constancia "
    "constancias "
    # round 41: Spanish papers and letters are forms and letters ("llenar unos papeles", "una carta para el
    # trabajo"); "forma" is a form only as a paper (a phrase rule below), not a way ("de que forma")
    "carta cartas",
    "accessible": "accessible accessibility wheelchair wheelchairs handicap handicapped ramp disabled rampa",
    "elevator": "elevator elevators lift ascensor elevador stairs staircase stairway",
    "phone": "phone telephone number numbers telefono numero "
    # round 41: the phone one owns by its kind or brand ("pair with my iphone", "al celular")
    "cellphone cellphones smartphone smartphones iphone iphones android celular celulares",
    "call": "call calling reach reaching llamar llamo llame",
    "clinic": "clinic clinics office offices practice clinica consultorio oficina",
    "address": "address located location locations direction directions direccion ubicados ubicacion "
    "ubicada ubicado queda gps waze highway motorway freeway interstate expressway carretera autopista",
    "hours": "hours hour horario horarios",
    "open": "open opens opening abren abre abierto abiertos abierta",
    "close": "close closes closing closed shut shuts cierran cierra cerrado cerrados cerrada",
    "holiday": "holiday holidays festivo festivos feriado feriados christmas thanksgiving navidad",
    "parking": "parking park parked garage estacionamiento estacionar estaciono estacionarme parqueo parquear aparcar "
    "parqueadero parqueaderos aparcamiento",
    "free": "free gratis gratuito",
    "greeting": "hi hello hey hiya howdy hola greetings",
    "thanks": "thanks thank thankyou gracias appreciate appreciated",
    "sick": "sick ill enfermo enferma",
    "child": "child children childs kid kids baby babies toddler infant hijo hija hijos ninos nino nina bebe "
    "son sons daughter daughters "
    # (round 77: a little one in Spanish, "si la nena se enferma en la noche", "mi nene", "la bebita")
    "nena nene nenes nenas nenita nenito bebita bebito bebes hijas ninas",
    "pharmacy": "pharmacy pharmacies pharmacist chemist chemists farmacia walgreens cvs",
    # "physical" is kept apart: a physical is also a form ("sports physical form")
    "session": "session sessions sesion sesiones",
    "checkup": "checkup checkups wellness chequeo chequeos revision",
    "without": "without sin",
    "new": "new nuevo nueva nuevos nuevas",
    "medication": "prescription prescriptions script medication medications meds med medicine medicines "
    "pill pills tablets vitamin vitamins vitamina vitaminas supplement supplements receta recetas medicina medicinas "
    "medicamento medicamentos pastilla pastillas " + " ".join(sorted(set(_DRUGS.split()))),
    "copy": "copy copies copia copias",
    "send": "send sending sent enviar mandar manden mandan mande mandas mandarme mandaron envien envian envie "
    "enviaron enviarme",
    "help": "help ayuda ayudan ayudar ayude ayudarme ayudarnos support",
    # general clinic vocabulary a sparse FAQ says one way and patients another (round 13)
    "photo": "photo photos picture pictures pic pics foto fotos image images selfie selfies",
    "allergy": "allergy allergies allergic alergia alergias alergico alergica",
    "rash": "rash rashes sarpullido salpullido",
    "acne": "acne breakout breakouts pimple pimples zit zits espinillas granos",
    "remove": "remove removal removed removing removes quitar quitarme extirpar",
    # round 39: a physical is an exam ("how long is the pre-employment exam" and "Do you do pre-employment
    # physicals?"); a screen or a screening is a test ("a drug screen", "std screening")
    "exam": "exam exams examination examinations physical physicals",
    # ("scope": a scope procedure, a colonoscopy or an endoscopy, round 20)
    "surgery": "surgery surgeries procedure procedures operation operations cirugia cirugias operacion scope scopes",
    "online": "online website web internet linea",
    # how parents name a service a sparse FAQ names one way ("lactation consultant", "counselor")
    "breastfeed": "breastfeed breastfeeding breastfed breastfeeds lactation lactancia amamantar amamantando "
    "latch latching",
    "counselor": "counselor counselors counsellor counsellors counseling counselling therapist therapists "
    "psychologist psychologists psychiatrist psychiatrists psicologo psicologa psiquiatra consejero consejera "
    "terapeuta "
    # round 33: "a psych eval", a "psychological evaluation" (a surgery program's step) is the psychologist's
    "psych psychological psychologic psicologico psicologica",
    # round 33: whether one may have a service ("who qualifies", "am i eligible", "am i a candidate")
    "qualify": "qualify qualifies qualified qualifying qualification eligible eligibility candidate candidates "
    "califico calificar califica elegible",
    "complete": "complete completed completing completion",
    "transfer": "transfer transfers transferring transferred transferir trasladar",
    "excuse": "excuse excuses excused justificante",
    "sports": "sports sport soccer football basketball baseball softball volleyball hockey lacrosse wrestling "
    "gymnastics cheer cheerleading tennis athletics athletic deporte deportes futbol",
    # places that ask for a child's forms and notes: "camp form", "note for daycare"
    "school": "school schools daycare preschool kindergarten camp camps escuela colegio guarderia",
    # women's health and community-clinic words a sparse FAQ says one way (round 14)
    "wait": "wait waits waiting espera esperar esperando busy crowded",
    "pap": "pap paps papanicolaou citologia",
    "contraception": "contraception contraceptive contraceptives anticonceptivo anticonceptivos anticonceptiva "
    "anticonceptivas",
    "iud": "iud iuds diu mirena kyleena skyla liletta paragard",
    "insert": "insert inserted inserting insertion insertions placed placement colocar colocan colocacion",
    # English only: Spanish "embarazo" stays its own word, as before ("consulta de embarazo" is not any visit)
    "pregnancy": "pregnancy pregnancies pregnant prenatal",
    "identification": "identification identifications identificacion identificaciones license licencia "
    "passport pasaporte",
    "document": "document documents documentation documento documentos papeles",
    # an injury by how it happened ("twisted my ankle", "me lastime la rodilla")
    # round 15 (behavioral health, cardiology): how patients name what a specialty FAQ names one way.
    # Giving a device or kit back is returning it ("drop off the monitor", "mail it back", "devolver")
    "return": "return returns returned returning devolver devuelvo devuelve devolverlo regresar regreso "
    "regresarlo entregar entrego",
    "prepare": "prepare prepares preparing prepared preparation prep preparar preparo preparacion",
    "echo": "echo echos echocardiogram echocardiograms ecocardiograma ecocardiogramas",
    "check": "check checks checked checking checar chequear checan checarme",
    "therapy": "therapy therapies terapia terapias",
    # round 16 (oncology): chemotherapy in any form and language is given as an infusion ("quimio")
    "infusion": "infusion infusions infusion chemo chemotherapy quimio quimioterapia infusion infusiones",
    # a dietitian is who teaches nutrition ("can i see a dietitian" at a clinic with a nutrition class)
    "nutrition": "nutrition nutritional nutritionist nutritionists dietitian dietitians dietician dieticians "
    "nutricion nutricionista nutriologo nutriologa dietista",
    # round 17 (nephrology, ENT, sleep): Spanish and lay names of the same thing
    "dialysis": "dialysis dialisis hemodialysis hemodialisis",
    "transplant": "transplant transplants transplanted trasplante trasplantes",
    "home": "home casa domicilio hogar",
    "ear": "ear ears oido oidos oreja orejas",
    "earwax": "earwax wax cerumen cera",
    "battery": "battery batteries pila pilas bateria baterias",
    "tubing": "tubing tube tubes hose hoses tubo tubos manguera mangueras",
    "plane": "plane planes airplane airplanes flight flights avion aviones vuelo vuelos",
    "treatment": "treatment treatments tratamiento tratamientos",
    # round 16 (urgent care, pharmacy)
    "dispose": "dispose disposal disposing discard discarding desechar tirar",
    "deliver": "deliver delivers delivered delivering delivery deliveries entrega entregas domicilio",
    # (stem() keeps "-is" words whole: "diagnosis", "pelvis"; so the plural of MRI is named here)
    "mri": "mri mris resonancia resonancias",
    "employer": "employer employers employment empleador empleadores",
    "disc": "disc discs disk disks cd cds dvd dvds",
    # round 18 (sleep, ENT, podiatry, allergy): a device problem is a repair request ("stopped working" folds to
    # it below); usage is use; a ride is being driven
    "repair": "repair repairs repaired repairing fix fixes fixed fixing arreglar arreglan arreglen arreglo reparar "
    "reparan reparacion reparaciones",
    # ("used" is left alone: "used needles" are not a use)
    "machine": "machine machines maquina maquinas aparato aparatos device devices",
    # skipping a dose or a shot is missing it ("what if i skip a shot"); cutting nails is trimming them
    "miss": "miss misses missed missing skip skips skipped skipping",
    "trim": "trim trims trimmed trimming cut cuts cutting clip clipping cortar cortan corten recortar recortan "
    "recorten recorte",
    "use": "use uses using usage uso usar usarla usarlo usa usan",
    "ride": "ride rides drive driving driver uber lyft taxi cab cabs raite aventon manejar manejo maneje conducir "
    "rideshare rideshares",
    # round 19: procedures and findings by their Spanish names (gastroenterology)
    "colonoscopy": "colonoscopy colonoscopies colonoscopia colonoscopias",
    "endoscopy": "endoscopy endoscopies endoscopia endoscopias",
    "biopsy": "biopsy biopsies biopsia biopsias",
    "hemorrhoid": "hemorrhoid hemorrhoids hemorroide hemorroides",
    "polyp": "polyp polyps polipo polipos",
    # round 19: coffee is what caffeine is avoided in ("avoid caffeine" answers "can i drink coffee")
    "caffeine": "caffeine caffeinated coffee coffees cafe cafeina",
    # round 19: "cuando" is "when" (both stay light question words)
    "when": "when cuando",
    # round 22: Spanish question and time words meet the English ones an FAQ's questions use ("donde puedo pagar")
    # ("antes" is left alone: "me muero de hambre, puedo comer antes del analisis" stays with staff)
    "where": "where donde",
    "after": "after despues",
    # round 22 (neurology): tests, conditions and services by their Spanish and short names
    "neurology": "neurology neurologist neurologists neuro neurologo neurologa neurologos neurologia",
    "eeg": "eeg eegs electroencefalograma electroencefalogramas electroencephalogram",
    "emg": "emg emgs electromiografia electromyography electromyogram",
    "seizure": "seizure seizures convulsion convulsiones epilepsy epileptic epilepsia",
    "memory": "memory memoria",
    "migraine": "migraine migraines migrana migranas jaqueca jaquecas",
    "conditioner": "conditioner acondicionador",
    # round 23 (endocrinology): a diabetes device by its brand is the device a sparse FAQ names generically
    # ("my dexcom", "an omnipod"); being taught a device or a skill is training ("who teaches the libre")
    "cgm": "cgm cgms dexcom dexcoms freestyle eversense",
    "pump": "pump pumps omnipod omnipods tandem tslim minimed",
    "train": "train trains trained training teach teaches teaching taught learn learns learning lesson lessons",
    # the apps that carry device readings to the clinic are how they are uploaded ("clinic code for libreview")
    "upload": "upload uploads uploaded uploading sync syncs synced syncing libreview tidepool glooko carelink",
    # round 41 (audiology, pulmonology): lay and Spanish names of what a specialty FAQ names one way
    "smoke": "smoke smokes smoking smoked smoker smokers fumar fumo fuma fumando fumador fumadora fumadores",
    "injury": "injury injuries injured sprain sprains sprained twist twisted strain strains strained lesion lesiones "
    "lesionado lesionada lastime lastimado lastimada torcedura torceduras esguince esguinces",
}
CONCEPTS: dict[str, str] = {word: concept for concept, words in _GROUPS.items() for word in words.split()}

# Devices a patient may call "the machine" ("my machine wont turn on"): in an FAQ whose questions name exactly
# one of them, the generic name is that device (round 18, a sleep center's CPAP).
DEVICES = frozenset(
    "cpap bipap apap nebulizer concentrator glucometer cgm pump holter pacemaker defibrillator icd tens".split()
)
MACHINE = "machine"

# Specialists by name, English and Spanish (round 18)
_SPECIALISTS = (
    "nephrologist nephrologists nefrologo nefrologa otorrino otorrinos otorrinolaringologo otorrinolaringologa "
    "otolaryngologist podiatrist podiatrists podologo podologa allergist allergists alergologo alergologa alergista "
    "dermatologist dermatologists dermatologo dermatologa cardiologist cardiologists cardiologo cardiologa "
    "oncologist oncologists oncologo oncologa neurologist neurologo neurologa urologist urologo urologa "
    "gastroenterologist gastroenterologo gastroenterologa endocrinologist endocrinologo endocrinologa "
    "pulmonologist neumologo neumologa rheumatologist reumatologo reumatologa "
    # (round 79)
    "orthopedist orthopedists ortopedista ortopedistas"
)

# Vaccines by what they prevent: an entry whose words name some of them ("flu and COVID shots") does not
# answer for one it does not name ("do you give the hpv vaccine").
_VACCINE_KINDS = (
    "flu covid hpv shingles shingrix tetanus tdap dtap measles mmr mumps rubella pneumonia pneumococcal hepatitis "
    "rsv polio chickenpox varicella meningitis meningococcal rotavirus typhoid rabies mpox childhood"
)

_PEOPLE = (
    "baby|babies|newborn|infant|kid|kids|child|children|son|daughter|toddler|husband|wife|partner|spouse|"
    "boyfriend|girlfriend|mom|mother|dad|father|parent|parents|friend|sister|brother|family|grandma|grandpa|"
    "grandmother|grandfather|grandson|granddaughter|grandkids?|grandchild|grandchildren|nephew|niece|cousin|"
    "caregiver|someone|somebody|support person|family member|mum|aunt|uncle|fiance|"
    # a child by age ("bring my 12 year old")
    "year old|yr old|years old|teen|teenager"
)
_TESTS = "test tests tested testing prueba pruebas"
# What is brought that is not a person: "bring my kids' shot records" stays a what-to-bring question.
_THINGS = (
    "records?|papers|paperwork|forms?|cards?|insurance|shots?|vaccines?|vaccination|immunizations?|medicines?|"
    "meds|medications?|list|id|ids|chart|xrays?|results|birth certificate|documents?|information|info"
)
# What a medicine is called by kind or by name (also scope.py's, for questions about taking one).
MEDS = "|".join(
    [
        *("pills?", "vitamins?", "vitaminas?", "meds", "medications?", "medicines?", "medicinas?", "pastillas"),
        *_DRUGS.split(),
    ]
)

# Conditions a medicine is named by, and the words for a medicine they qualify.
_CONDITIONS = (
    "bloodpressure|bp|hypertension|heart|thyroid|cholesterol|diabetes|diabetic|sugar|asthma|allergy|allergies|"
    "seizure|seizures|epilepsy|depression|adhd|arthritis|migraine|reflux|acid|stomach|cardiac|presion|tiroides|"
    "colesterol|azucar|asma|alergia|alergias|depresion|corazon|hipertension"
)
_RX = "|".join(
    ["prescriptions?", "scripts?", "rx", "refills?", "receta", "recetas", MEDS, "inhalers?", "insulin", "inhalador"]
)

# Kinds of visit a patient books ("a checkup", "a cleaning", "una revision").
_KIND_WORDS = (
    "checkup checkups physical physicals exam exams examen examenes chequeo chequeos revision consult consults "
    "consultation session sessions sesion sesiones cleaning cleanings evaluation evaluations eval assessment "
    "assessments followup"
)
_KINDS = "|".join(_KIND_WORDS.split())
# A kind of visit in a text, and whether a document follows it ("sports physical form": a form, not a visit).
KIND_WORD = re.compile(
    rf"\b(?P<kind>{_KINDS})\b(?P<paper> (form|forms|note|notes|paperwork|papers|letter|letters|clearance)\b)?"
)
# Tests and procedures a patient books like a visit ("cancel my mri").
_PROCEDURES = "|".join(
    "mri mris ct scan scans xray xrays ultrasound ultrasounds sonogram mammogram mammograms colonoscopy "
    "colonoscopies endoscopy echo echocardiogram ekg ecg biopsy procedure procedures infusion infusions test "
    "tests labs bloodwork imaging chemo chemotherapy quimio quimioterapia radiation resonancia ultrasonido "
    "mamografia procedimiento prueba pruebas".split()
)
# Not after "do I…": "do i need an appointment" asks whether one is needed, it does not ask for one.
_NOT_ASKED = "(?<!do i )(?<!do we )(?<!does he )(?<!does she )(?<!will i )(?<!would i )(?<!should i )"

# "What time do you…", "when are you…", "a que hora…": asking for a time of day.
_WHAT_TIME = (
    r"(what time|when|how late|till when|until when|till what time|until what time|a que hora|hasta que hora|"
    r"cuando|hasta cuando)"
    r"( do| does| will| are| is| r)?( you| u| ya| yall| you guys| the clinic| the office| your office| it| they|"
    r" the practice| ustedes| la clinica)?( guys)?"
)
# Spanish names the clinic after the verb ("a que hora cierra la clinica", round 22): the same as "you".
_SPANISH_SUBJECT = r"( (la clinica|el consultorio|la oficina|ustedes|el centro))?"
# The same question of a part of the clinic: "what time does the shot room", "how late is the mri".
_WHAT_TIME_PART = (
    r"(what time|when|how late|till when|until when|till what time|until what time)"
    r" (do|does|will|is|are|r) (the|your|ur) "
)
# Parts of a clinic that keep hours ("the infusion center", "the shot room"); not "the urgent care", "the soft spot".
_CLINIC_PART = r"(unit|room|clinic|center|centre|lab|laboratory|office|desk|pharmacy|department|suite|building)"
# A word marked with this suffix only qualifies the request around it ("book a *checkup*"): it counts
# as a modifier, unless the FAQ's own questions use the word, where it is the word itself.
QUALIFIED = "~"
# A qualifier of a request that is never its topic, even where the FAQ asks about the word: "cancel my
# mri^" is a cancellation wherever an entry explains how to prepare for an MRI.
SUBORDINATE = "^"

_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# Not being able to come: a cancellation, unless another day is asked for in the same message.
_CANT_MAKE = r"(cant|wont|unable to|not able to|wont be able to|not going to) (make|attend)( it)?"
# Animals: "refill my dog's medication" is a veterinary request, never a qualifier a rule may swallow.
_PET_WORDS = (
    "dog dogs cat cats pet pets puppy puppies kitten kittens horse horses perro perros perrito perritos gato gatos "
    "gatito gatitos mascota mascotas"
)
_PETS = "|".join(_PET_WORDS.split())

# "probably nothing", "tal vez exagero": a hedge before a worry. Folded to HEDGE here; scope.py sets it aside when
# only an errand follows it.
WORRY_HEDGE = (
    r"(?:probably|prob|likely|maybe|might be|may be|could be) (?:nothing|overreacting)"
    r"|(?:probablemente|quizas|tal vez) (?:no es nada|exagero)"
    # round 32: the same worry hedged as confidence ("im sure its fine but can someone check if my labs came in")
    r"|(?:im|i am) (?:sure|pretty sure) (?:its|it is|thats|that is|everything is|everythings|all is) "
    r"(?:fine|ok|okay|nothing|normal)"
)
# A word every WORRY_HEDGE holds: a text without one skips the hedge's pattern (here and in scope.py).
WORRY_HEDGE_WORDS = frozenset("nothing overreacting nada exagero sure".split())

# Round 73: what a meter, an insulin pen, a pump or a CGM uses up, in English and Spanish, by the one word each kind is
# (a test strip is a strip, a pen needle one word): needles alone are not one ("scared of needles"), Spanish "agujas"
# only with what they are for.
_SUPPLY_KINDS = (
    (
        r"(?:(?:test|testing|glucose|blood sugar|sugar|reactive) )?strips|(?:test|testing|glucose) strip|"
        r"tiras(?: reactivas)?",
        "strip",
        "strips strip tiras",
    ),
    (r"lancets?|lancetas?", "lancet", "lancet lancets lanceta lancetas"),
    (r"pen (?:needles|tips)|insulin needles|agujas(?= (?:para|de) )", "penneedle", "pen insulin agujas"),
    (r"(?:insulin )?syringes|jeringas", "syringe", "syringes jeringas"),
    (r"sensors?|sensores", "sensor", "sensor sensors sensores"),
    (r"pods", "pod", "pods"),
    (r"infusion sets?", "infusionset", "infusion"),
)
_SUPPLY_NOUNS = "|".join(pattern for pattern, _, _ in _SUPPLY_KINDS) + "|supplies|insumos|suministros"
# ...and what they are for, said after them ("tiras para medir el azucar", "sensors for my dexcom")
_SUPPLY_FOR = (
    r"(?: (?:for|for my|for the|of|of my|on my|para|de|del|de la|de mi|para la|para el|para mi|para medir el|"
    r"para medir la|para medirme el|para checar el|para checar la) (?:meter|glucometer|insulin|insulin pen|pen|pump|"
    r"cgm|dexcom|libre|freestyle libre|omnipod|azucar|glucosa|insulina|glucometro|pluma|bomba|sugar|blood sugar|"
    r"diabetes|g6|g7))?"
)

# Lab panels a front desk names by their letters (round 36; round 73: more of them, a PSA, a UA, a BNP; not an INR,
# a check booked as a visit is: "when is her next INR"; nor B12, most often a shot)
_LAB_LETTERS = "cbc|cmp|bmp|a1c|hba1c|tsh|lipids|psa|ua|bnp|crp|esr|egfr|ferritin|urinalysis|microalbumin"

# Multi-word phrases rewritten to one concept before words are looked at (on normalised text).
# Round 74: what one asks the clinic for and waits on (a refill, a prescription, a form, a letter, a referral), whose
# state is on record; and who may be asked to see one's results or chart (kin, a partner, a school, anyone).
_OWN_REQUEST = (
    r"(refill|refills|prescription|prescriptions|rx|script|scripts|meds|medication|medications|form|forms|paperwork|"
    r"letter|note|referral|referrals|authorization|prior auth|papers)"
)
# (round 76: those the clinic itself fills in or writes; an authorization is the insurer's to give)
_FILLED_IN = _OWN_REQUEST.replace("|authorization|prior auth", "")
READY_ASKED = "readycheck"  # whether one's own refill, form or letter is ready, or where it is
WHO_SEES = "privacycheck"  # who may see one's results or chart (a parent, a partner): privacy and proxy access
_WHO_SEES = (
    "mom|mother|mum|mama|dad|father|papa|parent|parents|guardian|husband|wife|spouse|partner|boyfriend|girlfriend|"
    "bf|gf|family|school|employer|boss|job|work|coach|anyone|anybody|someone|somebody|people|parents insurance|"
    # (round 85: "can my son look at my test results on the portal": any kin or helper reading the writer's)
    "son|daughter|kid|kids|child|children|sister|brother|sibling|friend|roommate|grandma|grandpa|grandmother|"
    "grandfather|aunt|uncle|caregiver|aide"
)
_WHO_SEES_ES = (
    "mama|papa|papas|padres|mami|papi|esposo|esposa|novio|novia|pareja|familia|escuela|trabajo|jefe|hijo|hija|hijos|"
    "hijas|hermano|hermana|abuela|abuelo|tia|tio|amigo|amiga"
)
_SEES = "(see|seeing|view|access|read|look at|look in|look into|check|get into|log into|log in to|get a copy of)"
# (round 75: whose, when the writer would see another's: kin named with a possessive, folded "my mothers portal")
_KIN_OWNERS = (
    "mom|mother|mum|mama|dad|father|papa|parent|husband|wife|wive|spouse|partner|son|daughter|kid|child|grandma|"
    "grandpa|grandmother|grandfather|aunt|uncle|sister|brother|neighbor|neighbour|patient|client|resident"
)
_SEEN_OTHERS = "(portal|portal account|chart|records|results|account|labs|test results)"
_KIN_ES = (
    "mama|papa|madre|padre|papas|padres|esposo|esposa|hijo|hija|hijos|hijas|abuela|abuelo|suegra|suegro|hermano|"
    "hermana|tia|tio|nieto|nieta|vecino|vecina|paciente"
)
_SEEN = (
    "(results?|chart|records?|portal|labs?|tests?|notes|info|information|history|account|anything|stuff|it|them|that|"
    "those|this|these)"
)
_SEES_ES = "(ver|revisar|mirar|entrar a|entrar en|tener acceso a)"
_SEEN_ES = "(resultados?|expediente|portal|cuenta|examen|examenes|pruebas?|analisis|historial|informacion|eso|los|lo)"
_PHRASE_LIST: tuple[tuple[str, ...], ...] = (
        # round 32 (voice-to-text dictation): a phone's speech recognition writes a spoken word as its sound-alike
        # or splits it in two. Each fold needs the context that makes the mishearing certain ("medic aid",
        # "the flew shot", "new patience"), so the real word stays itself elsewhere ("the bird flew", "thanks for
        # your patience", "a medic on site", "except on sundays")
        (r"medic (aid|aide|ade)", "medicaid", "medic"),
        (r"medic care", "medicare", "medic"),
        # the lead's batch 37: a house call is a visit at home, no phone call ("do you do house calls? my dad is
        # bedbound" got the phone number)
        (r"(house|home) calls?|visitas? (a|en) (la )?casa|visitas? (a|al|en el) domicilio|visitas? domiciliarias?",
         "home visit", "house home visita visitas"),
        # round 44: a number that does not work is still the number asked for ("the number on your website doesnt work,
        # whats the right one", "your line is disconnected", "the phone number on google is out of service")
        (r"(?P<n>(number|numbers|line|phone)( \w+){0,4}?) (doesnt work|does not work|isnt working|is not working|"
         r"not working|is disconnected|was disconnected|goes to a disconnected line|is out of service|not in service|"
         r"is not in service|is no longer in service|is dead|goes nowhere|is outdated|is old)\b", r"\g<n>",
         "work working disconnected service dead nowhere outdated old"),
        # round 44: how many days or how much time is how long, as non-native writers ask ("how much days for the
        # results", "how many weeks for the records"), not a price
        (r"how (much|many) (business days|working days|days|time|weeks|hours|minutes|mins)\b", HOW_LONG, "much many"),
        # round 44: "exactly" after "where" only stresses it ("where exactly is the office", "wheres ur office at
        # exactly"): the question stays "where is"
        (r"(?P<w>where|wheres) (exactly|precisely|abouts)|(?<= at) exactly$", r"\g<w>", "exactly precisely abouts"),
        (r"(?P<v>do you|does the clinic|does your office|do yall|do you guys|do u) except\b", r"\g<v> accept",
         "except"),
        (r"(?P<v>new|see|seeing|accept|accepting|except|excepting|take|taking|treat|treating|more) patience\b"
         r"(?! (with|of) (me|us|him|her)\b)", r"\g<v> patients", "patience"),
        (r"\bflew (?=(shot|shots|vaccine|vaccines|vaccination|season|clinic|jab)\b)", "flu ", "flew"),
        (r"\bre (?P<w>fill|fills|filled|filling|new|newed|newal|schedule|scheduled|scheduling)\b", r"re\g<w>", "re"),
        (r"pass (word|words)\b", "password", "pass"),
        (r"tele (health|medicine|visit|visits)\b", "telehealth", "tele"),
        (r"wheel (chair|chairs)\b", "wheelchair", "wheel"),
        (r"(?P<v>after|office|business|opening|closing|holiday|clinic|weekend|saturday|sunday|your|youre|ur|the) "
         r"ours\b", r"\g<v> hours", "ours"),
        (r"united health care", "united healthcare", "united"),
        # a vaccination card or record is a record of one's care, whichever vaccine it shows ("a copy of my covid shot
        # card"; the lead's batch 32 had the covid vaccine answer): the vaccine only qualifies it, unless the FAQ's
        # own questions ask about shot records. Only where the record is what is wanted (a copy, a lost one): "do i need
        # my vaccine card for the booster" asks about the booster
        (r"(?P<pre>(copy|copies|proof|printout|replacement|replace|lost|lose|misplaced|print|request|send|get|new|find)"
         r" (of )?(a |my |his |her |our |the |their |me )?(\w+ )??)(covid |covid19 |flu |tetanus |measles |mmr )?"
         r"(?P<k>vaccine|vaccines|vaccination|vaccinations|immunization|immunizations|immunisation|immunisations|"
         r"shot|shots) (record|records|card|cards|history)\b",
         rf"\g<pre>\g<k>{QUALIFIED} records", "record records card cards history"),
        # round 32, a fertility FAQ written sparsely: patients' words for what its entries name ("a sperm analysis",
        # "AF showed up", "my stims", "two moms", "get a hold of my nurse", "our initial consult")
        (r"sperm (analysis|analyses|test|testing|check|count test)", "semen analysis", "sperm"),
        (r"\b(af|aunt flo|aunt flow) (showed up|came|arrived|started|is here|just started|just came)",
         "period started", "af aunt"),
        (r"\b(stims|stim meds|stim medications|stim medicines|stim drugs|stim shots|the stim)\b",
         "medication", "stims stim"),
        (r"\b(lesbian|gay|queer|lgbt|lgbtq|two moms|two mums|two dads|same sex) (couples?|families|family|parents|"
         r"people|patients)\b|\b(we are|were|we re) (two moms|two mums|two dads|a lesbian couple|a gay couple|"
         r"a same sex couple)\b", "same sex couples", "lesbian gay queer lgbt lgbtq moms mums dads same"),
        (r"(get|got|getting) a ?hold of", "reach", "hold ahold"),
        (r"\binitial (?=(consult|consultation|visit|appointment|appt|meeting)\b)", "first ", "initial"),
        # spoken numbers (a time, a day of the month, minutes) ask no more than their digits, which say nothing
        # a topic is about: "two thirty", "the twenty third", "fifteen minutes"; "one" and "two" alone stay words
        # ("which one", "two questions"), and so do the first ordinals ("my first visit")
        (r"(the )?(twenty|thirty) (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b|"
         r"(the )?(tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
         r"nineteenth|twentieth|thirtieth)\b|"
         r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (thirty|fifteen|forty five|forty|"
         r"o clock|oclock)\b|"
         r"(thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety)"
         r"( (one|two|three|four|five|six|seven|eight|nine))?(?= (minutes?|mins?|hours?|days?|weeks?)\b)", " ",
         "twenty thirty tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
         "nineteenth twentieth thirtieth one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen forty fifty sixty ninety"),
        # "for real though", "fr tho": emphasis, as "lol" is
        (r"^(for real|fr|foreal|frfr)( though| tho)?\b|\b(though|tho)$", " ", "real fr foreal frfr though tho"),
        (r"(good|buenos|buenas) (morning|afternoon|evening|dias|tardes|noches)", "greeting", "good buenos buenas"),
        # round 24: British and other English. A GP's practice is "the surgery" where a message asks where, when or how
        # to reach it ("ring the surgery", "the surgery shuts at 6"); "is the surgery painful" stays an operation
        (r"(?P<v>ring|call|phone|contact|at|into|in to|visit|from|reach|with|find|to get to|floor is) (the|your|ur|our|"
         r"my gps?|my local|the gps?) surgery(s|ies)?\b(?! (date|scheduled|went|was|itself|recovery|tomorrow|today|"
         r"on (my|his|her)|for (my|his|her)|time))", r"\g<v> the clinic",
         "ring call phone contact at into in visit from reach with find get floor"),
        (r"(the|your|ur|our) surgery(s)? (?=(shut|shuts|close|closes|closed|open|opens|opening|number|phone|address|"
         r"car park|carpark|reception|hours|fax|email)\b)|\bsurgery (?=(hours|opening|number|phone|reception)\b)|"
         r"gps? (surgery|practice)", "the clinic ", "the your ur our surgery gp gps"),
        # telephoning is ringing (only the bare word: "ringing in my ears" is a symptom)
        (r"(?<!wedding )(?<!engagement )(?<!nose )(?<!belly )(?<!eye )"
         r"ring(?! (finger|size|worm|in (my|his|her) ears?))", "call", "ring"),
        (r"car ?parks?", "parking", "car carpark carparks"),
        (r"bank holidays?", "holiday", "bank"),
        # by post is by mail ("a statement through the post"); not a post office, a post-op visit or a fence post
        (r"(through|in|by|via) the post\b(?! ?(op|ops|operative|surgery|surgical|office)\b)", "mail",
         "through in by via"),
        # a password mislaid or misplaced is a lost one
        (r"(mislaid|misplaced|mislayed)", "lost", "mislaid misplaced mislayed"),
        # arranging a visit is booking one ("i should like to arrange an appointment"); arranging an interpreter is not
        (r"(arrange|arranging|organi[sz]e|organi[sz]ing)(?= (a|an|my|the|for a|for an) (\w+ )?"
         r"(appointment|appointments|visit|consultation|checkup|check up)\b)", "book",
         "arrange arranging organise organize organising organizing"),
        (r"fit ?notes?", "sick note", "fit fitnote fitnotes"),
        (r"repeat (prescriptions?|scripts?|meds|medications?|medicines?|tablets|pills)|my repeats", "refill",
         "repeat repeats"),
        (r"(my |the |some )?bloods\b", " lab ", "bloods"),
        (r"book(ed|ing)? (myself |me |him |her |us )?in\b(?! (person|advance))", "book", "book booked booking"),
        (r"(just )?turn(ing)? up\b", "walkin", "turn turning"),
        # logging a reading into the portal is record keeping, not a login ("my bp was 118/76, just logging it in
        # the portal"; lead 18: it got the password answer)
        (r"(log|logs|logged|logging) (it|them|this|that|these|those|readings?|numbers?|my( \w+){0,2}?|the( \w+){0,2}?) "
         r"(in|into|on)\b", "tracking", "log logs logged logging"),
        # (round 60: and so is going on logging something: "her ankles are puffy by evening, doctor knows. keep
        # logging?" got the password answer)
        (
            r"(keep|keeps|kept|still|continue|continuing|been|start|started) logging\b(?! (in|into|on|onto|out)\b)",
            "tracking",
            "logging",
        ),
        (r"(log|sign) ?(in|on)( to| into)?", "login", "log login logon sign signin signon"),
        (r"(cant|unable to|not able to|couldnt) (get|getting) (in|into|onto)( to)?", "login", "get getting"),
        # x-rays in Spanish; "pt" is physical therapy, except a new pt (patient)
        (r"rayos? x|radiografias?", "xray", "rayo rayos radiografia radiografias"),
        # a prior authorization, however shortened; athlete's foot is a foot fungus, not a sport
        (r"(prior|pre) ?(auth|auths|authorization|authorizations|authorisation|approval)|preauth|"
         r"preauthorization", "prior authorization", "prior pre preauth preauthorization"),
        (r"athlet(e|es|ic|ics)? ?s? (foot|feet)|pie de atleta", "foot fungus", "athlete athletes "
         "athletic athletics athlet atleta"),
        (r"new pts?", "new patient", "pt pts"),
        (r"pts?", "physical therapy", "pt pts"),
        # women's health vocabulary (round 14): a pap test is a pap smear; birth control is contraception,
        # named by method or brand
        (r"pap ?(smear|smears|test|tests|testing)|(prueba|examen) de papanicolaou", "pap",
         "pap paptest paptests papsmear papanicolaou"),
        (r"birth ?control|(metodos?|pastillas?) anticonceptiv[oa]s?|control de natalidad|family planning|"
         r"planificacion familiar", "contraception", "birth birthcontrol metodo metodos pastilla pastillas control "
         "family planificacion"),
        (r"nexplanon|implanon", "implant contraception", "nexplanon implanon"),
        # putting a device in is inserting it ("can i get an iud put in"); not "put in touch" or "put in a request"
        (r"put (it |one |them )?in\b(?! (touch|the|a|an|my|your|for|charge|writing)\b)", "insert", "put"),
        # a baby or a limb not moving is a body, not an appointment being moved
        (r"(hasnt|has not|havent|have not|isnt|is not|not|stopped|doesnt|does not|didnt|did not|barely|cant|"
         r"unable to) (been |felt (the |my |her |him )?(baby |bebe )?)?(move|moved|moving)\b"
         r"(?! (my|the|our|her|his|an|a|it|this|that|mi|la|el) (\w+ )?(appointment|visit|cita|checkup|session|"
         r"consult|exam)\b)", "movement", "move moved moving"),
        # becoming a patient is registering as a new one ("how do i become a patient", "establish care")
        (r"(become|becoming|be|join|joining|hacerme|ser) (a |an |un |una )?(new |nuevo |nueva )?"
         r"(patient|paciente)\b|establish(ing)? care"
         # ...and getting established with a practice or a doctor (round 36: "how do i get established as a new pt")
         r"|(get|getting|got|be|become|becoming) established( (as|with|at) (a |an |the |your |you )?(new )?"
         r"(patient|doctor|provider|pcp|practice|clinic|office))?"
         r"|establish(ing)? (with|at) (a |an |the |your |you )?(new )?(doctor|provider|pcp|practice|clinic|office)\b",
         f"register{SUBORDINATE} new patient",
         "become becoming be join joining hacerme ser establish establishing established"),
        # whether an appointment is needed to be seen at all, asked of nothing in particular ("do i need an appointment
        # to be seen?"), asks whether one may walk in; "do i need an appointment for a flu shot" keeps its service, and
        # a bare "do i need an appointment" stays one (it may be "necesito cita", a booking)
        (r"(do|does|will) (i|we|you|he|she|my \w+) (need|needs|require|have to have|have to make) (an |a )?"
         r"(appointment|appt) (to be seen|to come in|to get seen|to see (a|the|someone) ?(doctor|provider)?)"
         r"(?=\s*$)", "walkin appointment", "need needs require have"),
        # "no necesita cita": no appointment needed is walking in
        (r"no (necesita|necesito|se necesita|hace falta|ocupa) (hacer |sacar )?(una )?cita", "walkin",
         "necesita necesito hace ocupa"),
        # asking when to come in is asking when the visit is ("just found out im pregnant, when should i come in")
        (r"when (should|do|can|would|must) (i|we|she|he) (come|coming) in\b", "when appointment", "come coming"),
        # asking whether an appointment is needed in Spanish has no article ("necesito cita o puedo llegar")
        (r"(necesito|necesita|se necesita|hace falta|ocupo) (hacer )?cita(?= o\b|$)", "appointment",
         "necesito necesita hace ocupo"),
        # "how long til i get my results" asks when: the wait until something happens
        (r"how long (until|til|till|before|(do|will|would) (i|we) (have to )?wait (until|til|till|for|before))\b",
         "how long when", "long"),
        # getting on the portal is signing up for it ("how do i get on the online portal"); not being able
        # to get in is a login problem (the rule above)
        (r"(?<!cant )(?<!unable to )(?<!not able to )(?<!couldnt )(get|getting|go|going) (on|onto|on to|into|in to)"
         r"( the| my| your| ur| our| that)?( online| patient| new)? (?=portal|mychart)", "register ",
         "get getting go going"),
        (r"online (?=portal|mychart)", "", "online"),
        # logging in for the first time is signing up: a first login needs the activation code, not a reset
        # ("how do i log into the portal for the first time", "never logged in to mychart")
        (r"(log|logging|sign|signing|get|getting) ?(in|into|on|onto)( to)?( the| my| your| ur| our)?( online| patient)?"
         r"(?P<what> portal| mychart| account)? (for (the|my) )?first time|"
         r"first time (logging|signing|getting) (in|on)( to| into)?|never (logged|signed|been) (in|on)( to| into)?|"
         r"havent (ever )?(logged|signed) (in|on)|first time login( to| into)?", r"register\g<what> ",
         "first never havent login"),
        # "out front", "out back", "in front": where, not a topic ("can i park on the street out front")
        (r"(right )?out (front|back)|in front( of (it|the building|the clinic|the office))?", "front", "front back"),
        # round 76: hitting the wrong keys with big fingers or gloves on is mistyping ("fat fingered the password with
        # my gloves on too many times")
        (r"fat ?(finger|fingered|fingering|fingers|fingerd)", "mistyped", "fat fatfinger fatfingered fatfingering"),
        # "cada cuanto" asks how often, not how much ("cada cuanto es el botox para la migraña")
        (r"cada cuant[oa]s?( tiempo)?", "how often", "cada"),
        # how long, in Spanish: "cuanto se tarda", "cuanto tiempo hay que esperar"
        (r"cuant[oa] (hay que|tengo que|tendre que|tenemos que|se) (esperar|espera)\b", "how long wait", "cuanto"),
        (r"cuant[oa] (tiempo )?(se )?(tarda|tardan|demora|demoran|dura|duran)|cuanto tiempo", "how long",
         "cuanto cuanta"),
        # round 76: a truck's cab is the truck, where the writer is ("from my truck cab", "the cab of my semi"), not a
        # taxi (a ride)
        (r"(truck|semi|rig|tractor|pickup) cab|cab of (my|the|our|his|her) (truck|semi|rig|tractor|pickup)",
         "truck", "cab"),
        (r"(workers|workmans|workman|worker|work) ?comp(ensation)?|compensacion (laboral|de trabajadores)",
         "workerscomp", "comp compensation workerscomp workmanscomp workercomp compensacion"),
        # a caller naming themselves, as voice-to-text writes a voicemail ("hi this is maria calling to find out
        # what time you close today"; the lead's batch 27): who is calling and why is no topic
        (r"(this is|its|it is|soy|habla) (\w+ ){1,2}"
         r"(calling|texting|writing|messaging|reaching out|llamando|escribiendo)"
         r"( (to|because|cause|para|porque|sobre)"
         r"( (find out|ask|know|see|check|confirm|saber|preguntar|confirmar))?)?\b",
         "", "this its it soy habla"),
        # finding out is learning, no topic: "just found out im pregnant"
        (r"(just )?(found|find|finding|figured) out( that)?", "found", "found find finding figured"),
        # losing one's insurance is being without it
        # whom to talk to about something asks about that thing: "who do i talk to about my bill"
        (r"who (do|should|can|would|could) (i|we) (talk|speak|ask|call|contact|see) (to |with )?(about|regarding)",
         "", "who"),
        # whom to contact (or reach) is whom to call: "who do i contact on the weekend" (the lead's batch 14)
        (r"(?<=who )(do|should|can|would|could|to) (i|we) (contact|reach|get (a )?hold of)\b", "do i call",
         "contact reach hold"),
        # a sick visit is a visit: "can i book a sick visit for today"
        (r"sick (visit|visits|appointment|appointments)|(cita|consulta|visita) (por enfermedad|de enfermo)",
         f"visit sick{QUALIFIED}", "sick cita consulta visita"),
        # a lost card is a replacement to ask staff about, not the insurance question
        (r"(lost|lose|losing|misplaced|perdi|perdio) (\w+ ){0,3}(card|cards|tarjeta|tarjetas)\b", "lostcard",
         "lost lose losing misplaced perdi perdio"),
        # (not the card: "lost my insurance card", "perdí mi tarjeta del seguro")
        (r"(lost|lose|losing|perdi|perdio) (?!(\w+ ){0,3}(card|cards|tarjeta)\b)(\w+ ){0,4}?"
         r"(insurance|seguro|coverage|aseguranza)\b(?! (card|cards|id|number))", "without insurance",
         "lost lose losing perdi perdio"),
        # an ID is identification ("do i need an id"; "id" alone is "I'd")
        (r"\b(?P<w>a|an|my|your|photo|picture|state|valid|government|need|bring|have|any|no|without) id\b",
         r"\g<w> identification", "id"),
        # filling a prescription is the pharmacy's job, not a refill request
        (r"fill(ed|ing)? (my |a |the |your |mi |la |his |her )?(\w+ )?(prescription|prescriptions|rx|script|scripts|"
         r"receta|recetas)\b", f"pharmacy{QUALIFIED} prescription", "fill filled filling"),
        # "sign" alone is not registering: "signs of a stroke", "sign a form"; "sign my daughter up" is
        # signing a person up with the practice makes them a patient ("sign my daughter up with you")
        (rf"(sign|signing) (?P<who>(my|our|his|her|the|a) (\w+ )?({_PEOPLE})) up(?! for (the |my |our |your )?(\w+ )?"
         r"portal)( for| with)?", r"register patient \g<who>", "sign signing"),
        (r"(sign|signing) ?(?P<who>(my|our|his|her|the|a) (\w+ )?)?up( for)?", r"register \g<who>",
         "sign signup signing signingup"),
        # the after-hours number is the after-hours line, not the clinic's phone ("after hours number?", lead 27)
        (r"after ?hours? (phone |contact |emergency |nurse )?(number|line|phone|#)s?\b", "night closed line",
         "after afterhours afterhour"),
        (r"after ?hours?", "night", "after afterhours afterhour"),
        # being closed as a time of day ("help when you are closed") is after hours, while closing time
        # ("when do you close") is an hours question: the two stem alike, so the clause is folded
        (r"(when|while|whenever|if) (you|u|ya|yall|you guys|the clinic|the office|we|it) ?(are|re|r|is|s)? ?closed|"
         r"(?<=\w )(cuando|mientras) (ustedes |la clinica |la oficina )?(esta|estan|estamos) cerrad[oa]s?",
         "night closed", "closed cerrado cerrados cerrada cerradas"),
        # and after closing ("who do i call if i need something after you close", lead 16)
        (r"after (you|u|ya|yall|you guys|the clinic|the office|it|everyone) ?"
         r"(close|closes|closed|shut|are closed|re closed|close up|go home|leave)\b",
         "night closed", "close closes closed shut"),
        # ...said the other way round ("who do i call at night if my kid is sick"; lead 19)
        (r"(at night|overnight|in the night|after hours|on (the |a )?(weekends?|holidays?|sundays?)) "
         r"(if|when|whenever) (i|we|he|she|they|my \w+|the \w+|our \w+) "
         r"(get|gets|am|is|are|feel|feels|become|becomes) (sick|ill|unwell)\b",
         "help night closed", "night overnight hours weekend weekends holiday holidays sunday sundays"),
        # booking by phone is booking, with a call ("can i make an appointment by phone", "puedo sacar cita por
        # telefono"), not a visit held by phone
        # ("hacer mi consulta por telefono" is having the visit by phone: "hacer" books only a "cita")
        (r"(?P<a>((book|make|schedule|set up|sacar|agendar|pedir|programar|reservar) (an |a |un |una |my |mi )?"
         r"(appointment|appointments|cita|citas|turno|consulta)|hacer (un |una )?(appointment|cita|citas|turno)))"
         r" (by|over the|over|via|on the|por) "
         r"(phone|telephone|telefono)\b", r"\g<a> call", "phone telephone telefono"),
        # a visit held by phone is a remote visit, not the clinic's phone number ("can i do my follow up by phone")
        (r"(?P<v>visit|appointment|appt|follow ?up|followup|checkup|check up|consult|consultation|session|cita|"
         r"consulta) "
         r"((\w+ ){0,2}(by|over the|over|via|on the|por) (phone|telephone|telefono)|instead by phone)\b",
         r"\g<v> virtual", "phone telephone telefono"),
        (r"(phone|telephone) (visit|appointment|appt|consult|consultation|follow ?up|followup|session|checkup)s?\b",
         "virtual visit", "phone telephone"),
        # what to bring to a new patient's first appointment is the what-to-bring question, not registering
        (r"(?P<a>(bring|bringing|expect|prepare|preparing|need for|needed for) (\w+ ){0,3}(to|for|at) "
         r"((a|my|the|our|his|her|your) (\w+ )?)?)new patient (appointment|appt|visit|exam)s?\b", r"\g<a>first visit",
         "bring bringing expect prepare preparing needed"),
        # a referral to a kind of therapy is a referral to a specialist ("i need a referral for physical therapy")
        (r"(?P<r>referral|referrals|refer me|referred|referencia|referido) (to|for|para|a) "
         r"(a |an |the |my |un |una |el |la )?"
         r"(physical therapy|physical therapist|pt|physio|physiotherapy|therapy|therapist|counseling|counselling|"
         r"counselor|mental health|occupational therapy|speech therapy|fisioterapia|terapia|terapeuta)\b",
         r"\g<r> specialist", "referral referrals refer referred referencia referido"),
        # falling ill when the clinic is shut is the after-hours question ("what do i do if i get sick on the
        # weekend")
        (r"(if|when|whenever) (i|we|he|she|they|my \w+|the \w+|our \w+) "
         r"(get|gets|am|is|are|feel|feels|become|becomes) (sick|ill|unwell) "
         r"(on (the |a )?(weekends?|holidays?|sundays?)|at night|overnight|in the night|after hours)\b",
         "help night closed", "sick ill unwell weekend weekends holiday holidays sunday sundays night overnight"),
        # round 79: "the 4th" asked open or closed is the Fourth of July ("you guys open on the 4th?"), not the 4th of
        # another month ("open on the 4th of march") nor a 4th visit or floor
        (r"(?P<o>open|opened|opens|closed|close|closing) (on |for |over )?the (4th|fourth)\b(?! (of (?!july)|(\w+ )?"
         r"(floor|visit|appointment|appt|dose|shot|time)))", r"\g<o> holiday", "4th fourth"),
        # public holidays by name, listed in an FAQ's answer or not ("u guys open on veterans day"; the lead's batch 25)
        (r"((new years?( day| eve)?|labor day|memorial day|independence day|july 4(th)?|4th of july|"
         r"fourth of july|ano nuevo|dia festivo|dias festivos|christmas eve|4 de julio|cuatro de julio|"
         r"(dia de )?accion de gracias|nochebuena|noche buena|dia de la independencia|"
         r"(veterans?|vets|presidents?|columbus|indigenous peoples?|mlk|martin luther king( jr)?|"
         r"boxing|patriots?|remembrance|victoria|canada|armistice|emancipation)'?s? day|juneteenth|good friday|"
         r"easter (sunday|monday)|dia de (los )?(veteranos|reyes|muertos|la raza|los reyes magos))"
         # ...with its weekend, and a long weekend is one ("open labor day weekend", round 30): the days it
         # spans are the holiday's, not the weekend's hours
         r"( (long )?weekends?)?|(long|holiday|three day|3 day) weekends?)"
         # ...but a holiday's sale, parade or party is not the clinic's holiday ("canada day sale")
         r"(?! (sales?|deals?|discounts?|specials?|promos?|promotions?|parade|fireworks|party|parties|bbq|"
         r"barbecue|picnic|concert|shopping)\b)", "holiday",
         "new labor memorial independence july 4 4th fourth ano dia dias christmas julio accion nochebuena noche "
         "veterans veteran vets presidents president columbus indigenous mlk martin juneteenth boxing patriots "
         "patriot remembrance victoria canada armistice emancipation good easter long three 3 holiday"),
        # a holiday's sale or deal is shopping, not the clinic's holiday ("any christmas deals on glasses", round 30)
        (r"(christmas|xmas|thanksgiving|navidad|holiday|holidays|black friday|cyber monday) "
         r"(?=(sales?|deals?|discounts?|specials?|promos?|promotions?|shopping|gifts?|ofertas?|descuentos?)\b)", "",
         "christmas xmas thanksgiving navidad holiday holidays black cyber"),
        # round 41: both weekend days, however short ("hours sat & sun", "sabado y domingo"), are the weekend
        (r"(sat|sats|saturday|saturdays|sabado|sabados) (and |n |or |y |o )?(sun|suns|sunday|sundays|domingo|domingos)",
         "weekend", "sat sats saturday saturdays sabado sabados"),
        # a short day name after open or close ("what time do u open on sat", "close on tues"), read before the
        # rewrites below turn "open" into a qualifier and "close" into "hours"
        (r"(?:(?<=open )|(?<=closed )|(?<=close ))(on )?(sat|sun)\b", "weekend", "sat sun"),
        (r"(?:(?<=open )|(?<=closed )|(?<=close ))(on )?(mon|tue|tues|wed|thu|thur|thurs|fri)\b", "weekday",
         "mon tue tues wed thu thur thurs fri"),
        # opening and closing time are hours questions, so an FAQ that only says "hours" still answers
        # "what time do you close". "Open" stays as a qualifier ("are you open on holidays" keeps it);
        # "close" is dropped: being closed is also the after-hours state ("help when you are closed")
        (rf"{_WHAT_TIME} (?P<v>open|opens|abren|abre|(?:esta|estan) abiert[oa]s?)\b{_SPANISH_SUBJECT}",
         rf"hours \g<v>{QUALIFIED}",
         "open opens abren abre abierto abiertos abierta abiertas"),
        (rf"{_WHAT_TIME} (close|closes|closing|cierran|cierra)\b{_SPANISH_SUBJECT}", "hours",
         "close closes closing cierran cierra"),
        # ...and until what time patients are seen or may arrive ("hasta q hora atienden", "puedo llegar")
        (r"(a que hora|hasta que hora|hasta cuando) (atienden|atiende|reciben|trabajan|(puedo|se puede|podemos) "
         r"(llegar|ir))\b", "hours", "atienden atiende reciben trabajan llegar ir"),
        # round 20: the same of a part of the clinic ("what time does the shot room close", "how late is the mri
        # open", "a que hora cierra el laboratorio"): the part only qualifies the hours asked for
        *(
            (rf"{_WHAT_TIME_PART}{part} {verb}\b", rf"hours {words}{kept}", triggers)
            for verb, kept, triggers in (
                (r"(?P<v>open|opens)", rf" \g<v>{QUALIFIED}", "open opens"),
                (r"(close|closes|closing)", "", "close closes closing"),
            )
            for part, words in (
                (rf"(?P<a>{_CLINIC_PART}|mri|ct|xray|imaging|radiology|ultrasound)", f"\\g<a>{QUALIFIED}"),
                (rf"(?P<a>[a-z]+) (?P<b>{_CLINIC_PART})", f"\\g<a>{QUALIFIED} \\g<b>{QUALIFIED}"),
            )
        ),
        (r"(?P<v>open|opens) (late|early|later|earlier)\b", rf"hours \g<v>{QUALIFIED}", "late early later earlier"),
        (r"(close|closes) (late|early|later|earlier)\b", "hours", "late early later earlier"),
        # "how long does it take": a duration, not "do you take (accept)…"
        # (a duration asks when as well: "how long does a lens order take" is "when will my lenses come")
        (r"(?P<q>how long|how many days|how many weeks|cuanto tiempo|cuantos dias) (?P<mid>(\w+ ){0,5})"
         r"(take|takes|tarda|tardan|demora|demoran)\b", r"\g<q> when \g<mid>",
         "take takes tarda tardan demora demoran"),
        (r"(?P<q>how many) (?P<mid>(\w+ ){0,5})(take|takes|tarda|tardan|demora|demoran)\b", r"\g<q> \g<mid>",
         "take takes"),
        # round 74: a regular doctor needed is a patient's place with the clinic ("r u taking new patients? i need a
        # regular doctor", "looking for a pcp"); not "my regular doctor" (one already had), nor a new doctor (a switch)
        (r"\b(need|needs|want|wanna|looking for|look for|find|get|necesito|busco|quiero) (a|an|un|una) (regular|"
         r"primary|primary care|family|pcp|main) ?(doctor|dr|doc|physician|provider|care provider|medico|doctora)?\b|"
         r"\b(need|looking for|find|get|necesito|busco) (a|un|una) (pcp|medico de cabecera|medico familiar|medico "
         r"de familia|doctor de cabecera)\b", "new patient", "regular primary family pcp main cabecera"),
        # round 74: an exam one has (at school) is what a visit must fit around, no test of the clinic's ("ya no voy a
        # poder ir, tengo examen"; not "tengo un examen de sangre")
        (r"\b(tengo|tenemos) (un |el |mi |otro )?(examen|parcial|final)(?! de)\b", "tengo midterm",
         "examen parcial final"),
        # round 74: late in the day is a time of day, not being late ("can i come in late afternoon")
        (r"\b(late|later) (?P<t>(in the )?(afternoon|afternoons|morning|mornings|evening|evenings|day))\b", r"\g<t>",
         "late later"),
        # round 74: doing something for the first time oneself is the writer's novelty, no first visit ("first time
        # doing this without my mom lol", "es la primera vez q lo hago yo sola")
        (r"\b(this is |its |it s |es )?(my |the |la )?(first time|1st time|primera vez) (i m |im |that i m |ive |"
         r"i have |que |q )?(doing|booking|making|calling|texting|scheduling|trying|using|setting up|doing it|lo hago|"
         r"la hago|lo pido|la pido|la saco|hago esto|hago)( this| it| that| one| esto)?( myself| by myself| on my own|"
         r" alone| yo sol[oa]| sol[oa]| yo)?\b", "", "time vez"),
        # round 74: "over" after sending only says where to ("how do i get them sent over", "can you send it over to my
        # new doctor"); circling for a spot is looking for parking ("me toca dar vueltas"; not "me da vueltas la
        # cabeza", dizziness); "do yall do those" asks whether the clinic offers what the message names; a ride that
        # is slow is only the ride ("bus is taking forever", where "taking" is no "accepting")
        (r"\b(?P<v>send|sent|sending|fax|faxed|faxing|email|emailed|mail|mailed|transfer|transferred) (?P<o>(them|it|"
         r"those|these|that|my \w+|the \w+|his \w+|her \w+) )?over\b", r"\g<v> \g<o>", "over"),
        (r"\b(me toca|nos toca|toca|tengo que|tenemos que|hay que|para no|sin) (dar|dando|andar dando) vueltas"
         r"( buscando( lugar| donde)?)?", "parking", "vueltas"),
        (r"\b(do|does) (you|u|ya|yall|you guys|u guys|the clinic|your clinic|your office) (do|give|offer) (those|"
         r"these|them|em)\b", "do you offer those", "those these them em"),
        (r"\b(?P<s>bus|buses|train|uber|lyft|ride|traffic|metro|subway|taxi|cab|driver|light rail) (is|s|are|keeps|has"
         r" been|been) taking (forever|so long|ages|a while)\b", r"\g<s>", "forever long ages while"),
        # asking when one's own appointment is, or whether something arrived, looks a record up: staff
        (r"(when|what time|what day|what date|which day|a que hora|cuando|que dia) (is|es|was|s) (my|mi|our|his|her)"
         r" ((next |upcoming |proxima )?(appointment|cita|visit|surgery|procedure|operation|cirugia|operacion)\b|"
         r"(\w+ ){1,2}(scheduled|schedule|booked|set for)\b|"
         r"(next|upcoming|proxima|proximo) \w+)", "appointmentlookup", "is es was s"),
        # ...and whether it was sent on, or could be ("did you send my referral yet", "were you able to fax the
        # form"; round 32): "can you send my records" asks for it to be done, "when do you send" how it is done.
        # One rule, so the common "have" costs one scan
        (r"(did|have|has) (you|u|yall|you guys|the office|the clinic|the doctor|dr) (get|got|receive|received|"
         r"gotten|see|seen) (my|the|our|his|her)\b|"
         r"(did|have|has|were|was) (you|u|yall|you guys|the office|the clinic|the doctor|dr|anyone|somebody|someone)"
         r" (already |ever |even |been )?(able to )?(send|sent|fax|faxed|submit|submitted|process|processed|file|"
         r"filed|put in|mail|mailed|email|emailed) (my|the|our|his|her|in my|in the|over my|over the)\b",
         "statuscheck", "did have has were was"),
        # round 66: ...the same in the passive, asked with "yet" ("was his prescription sent to cvs yet"), and in
        # Spanish ("ya mandaron mi receta a la farmacia?"): a relayed question is read as a plain one, and these were
        # answered as refills. ("has it been sent" alone stays the entry's: see below)
        # (asked as told, too: "if his prescription was sent to cvs yet")
        (r"((was|were|has|have) (my|his|her|our|the) (\w+ ){1,2}(been )?|(my|his|her|our|the) (\w+ ){1,2}(was|were|"
         r"has been|have been|got) )(sent|faxed|submitted|called in|mailed|emailed|put in)( \w+){0,4} yet",
         r"\g<0> statuscheck", "yet"),
        (r"ya (me |le |nos |les )?(mandaron|enviaron|mando|envio|faxearon) (mi|mis|su|sus|el|la|los|las|nuestra|"
         r"nuestro)\b", r"\g<0> statuscheck", "mandaron enviaron mando envio faxearon"),
        # an apology for writing is politeness ("sorry to bother you"); "probably nothing" hedges a worry that
        # staff should read (scope.py has already set aside one that only hedges an errand)
        (r"(sorry|perdon|disculpe) (to|for|por) (bother|bothering|bug|bugging|trouble|troubling|molestar)"
         r"( you| u| yall| you guys)?", "sorry", "sorry perdon disculpe"),
        (rf"(its |it is |is )?(?:{WORRY_HEDGE})", "worryhedge", " ".join(sorted(WORRY_HEDGE_WORDS))),
        # asking for one's own case to be handled outside the rules is for staff to decide ("just this once",
        # "make an exception", "can you check it on the day")
        (r"just (this|that) (once|one time|time)|(make|making|do|get|give) (me |us )?an exception|"
         r"(hacer )?una excepcion|(por|solo) esta vez|(check|sort|figure|work|deal with|handle|look at) (it|this|that)"
         r"( out)? on the day", "exceptionrequest", "just exception excepcion esta day"),
        # session 14: a fee waived, a stated rule known and asked around ("i know it says 2 business days but im
        # out", "ya se que cierran a las 5 pero"), a stated wait asked to be cut short ("instead of 2 business days",
        # "10 business days is too long"); one rule each, triggered by a word every match holds (cheaper)
        (r"(waive|waived|waiving|forgive|drop|quitar|perdonar) (the |my |this |that |el |la |ese |esa )?(\w+ ){0,2}"
         r"(fee|fees|charge|charges|cargo|cargos|multa|cobro)", "exceptionrequest",
         "fee fees charge charges cargo cargos multa cobro"),
        (r"(i|we) know (it|the|your|you|u|yall|last|that|its) (\w+ ){0,6}(says|said|say|is|are|close|closes|closed|"
         r"policy|rule|rules|takes|take|need|needs) (\w+ ){0,6}but", "exceptionrequest", "know"),
        (r"ya se que (\w+ ){0,8}pero", "exceptionrequest", "pero"),
        # round 65: a bill one already has made smaller ("me pueden hacer un descuento en la factura que ya me llego",
        # "can you lower my bill"): staff decide; the sliding scale is asked of a visit to come
        (r"(discount|descuento|rebaja) (on|off|en|de|a|para) (the |my |this |that |la |mi |esa |esta |el |su )?(\w+ )?"
         r"(bill|statement|invoice|balance|factura|cuenta|saldo)|(lower|reduce|bajar|reducir|rebajar|bajarme) "
         r"(the |my |this |that |la |mi |el |esa |esta )?(\w+ )?(bill|statement|invoice|balance|factura|cuenta|saldo)",
         "exceptionrequest", "discount descuento rebaja lower reduce bajar reducir rebajar bajarme"),
        (r"instead of (the )?(\w+ )?(business |working )?(days|weeks|hours)", "exceptionrequest", "instead"),
        # round 80: results read out to the writer by staff ("can you read me my daughter's lab results?", "can someone
        # call me and read me my labs") are released another way: reading them is staff's own call
        (r"\bread (me|us|out|them out|it out|them to me|it to me)( \w+){0,4} "
         r"(results?|labs?|lab work|bloodwork|report)\b", r"\g<0> exceptionrequest", "read"),
        (r"(days|weeks|hours) (is|are|seems) (way )?too long", "exceptionrequest", "long"),
        # what became of one's own request is on record, not in the FAQ: a denial, or whether it went through
        (r"(?P<d>denied|denies|rejected|negaron|nego|rechazaron|rechazo)", r"\g<d> statuscheck",
         "denied denies rejected negaron nego rechazaron rechazo"),
        # (round 79: not a person approved, for coverage: "do you take medicaid? my son just got approved")
        (r"(my|mi|our|his|her|the) (?!(son|sons|daughter|daughters|kid|kids|child|children|wife|husband|partner|mom|"
         r"dad|mother|father|family|baby|boyfriend|girlfriend|brother|sister)( just| finally| already| recently)? "
         r"(got|gotten|get) approved\b)(\w+ ){1,3}(go|gone|went|come|came|gotten|get|got) (through|thru|approved)",
         r"\g<0> statuscheck", "through thru approved"),
        # session 14: the same asked of "it" or of the one who holds it ("did u get it", "did it go thru", "did the dr
        # fill out my fmla form yet", "whats going on with my referral", "ya recibieron mi formulario", "que paso con
        # mi receta"): what became of one's own request. Not "any news on my results", "has my insurance approved it
        # yet", "has it been sent", "did the doctor look at my results" or "the pharmacy never got it": an entry that
        # says how long it takes and whom to ask answers those (the suite's labels)
        (r"(did|have|has) (you|u|yall|you guys|the office|the clinic|the doctor|the dr|dr|anyone|someone|somebody) "
         r"(ever |already |even )?(get|got|receive|received|recieve|recieved|gotten) (it|them|that|this|those|mine)",
         "statuscheck", "get got receive received recieve recieved gotten"),
        (r"(did|has|have) (it|that|this|they) (ever |already )?(go|gone|get|gotten) (through|thru)", "statuscheck",
         "through thru"),
        (r"(did|has|have) (the )?(dr|doctor|doc|nurse|provider|physician|you|u|yall|you guys|anyone|someone|somebody) "
         r"(\w+ )?(fill|filled|sign|signed|complete|completed|finish|finished|approve|approved) (out )?"
         r"(my|the|our|his|her)", "statuscheck",
         "fill filled sign signed complete completed finish finished approve approved"),
        (r"(what is|whats) (going on|happening|the (status|update|holdup|hold up|delay))( (with|on|of) (my|our|his|"
         r"her|the|mi)\b)?", "statuscheck", "going happening status update holdup hold delay"),
        (r"what happened (to|with) (my|our|his|her|the)", "statuscheck", "happened"),
        (r"(ya )?(recibieron|les llego|le llego|mandaron|enviaron|firmaron|llenaron|aprobaron) (mi|el|la|los|las|mis)",
         "statuscheck", "recibieron llego mandaron enviaron firmaron llenaron aprobaron"),
        (r"que (paso|pasa) con (mi|el|la|los|las|mis)", "statuscheck", "paso pasa"),
        # round 74: whether one's own refill, prescription, form, letter or referral is ready, or where it is ("is my
        # birth control refill ready yet", "my fmla form, is it ready", "where is my rx", "ya esta lista mi receta"):
        # its state is on record, unless the entry itself says when it is ready (a pharmacy's "we text you when it is
        # ready": matcher's _staffs_alone). Not results ("are my results ready" is the results entry's: they come to
        # the portal) nor "when will it be ready" (how long it takes)
        (rf"\b(is|are|r|s) (my|his|her|our|the) (\w+ ){{0,3}}{_OWN_REQUEST}( \w+){{0,3}} ready\b|"
         rf"\b(where (is|are|s)|wheres) (my|his|her|our) (\w+ ){{0,3}}{_OWN_REQUEST}\b|"
         rf"\b{_OWN_REQUEST} (is|are) (it|they|that|those) ready\b",
         rf"\g<0> {READY_ASKED}", "ready where wheres"),
        # ...and whether it was done ("did my sports form get signed yet", "has my referral been sent")
        (rf"\b(did|has|have) (my|his|her|our|the) (\w+ ){{0,2}}{_OWN_REQUEST} (get |gotten |been |got )?(signed|filled|"
         r"filled out|done|completed|sent|faxed|approved|finished|submitted)\b", r"\g<0> statuscheck",
         "signed filled done completed sent faxed approved finished submitted"),
        # round 76: ...asked as a state ("is my workers comp form filled out yet", "are my fmla papers signed", "my
        # work note, is it done yet") or of the one who holds it ("did yall get to my form yet"): the lead's batch 55
        # ("how it is done", "is the form done online", stays the entry's)
        (rf"\b(is|are|r|s|was|were) (my|his|her|our|the) (\w+ ){{0,3}}{_FILLED_IN}( \w+){{0,2}}? (all |already )?"
         r"(signed|filled|filled out|filled in|done|completed|finished|faxed|approved|submitted|processed)\b"
         r"(?! (online|on paper|by|here|there|in person|at|through|thru|in the)\b)|"
         rf"\b{_FILLED_IN},? (is|are) (it|they|that|those) (all |already )?(signed|filled|filled out|done|completed|"
         r"finished|faxed|approved|submitted|processed)\b",
         r"\g<0> statuscheck", "signed filled done completed finished faxed approved submitted processed"),
        (rf"\b(did|have|has) (you|u|yall|you guys|y all|the office|the clinic|the doctor|the dr|dr|doc|the nurse|"
         rf"anyone|someone|somebody) (ever |already )?(get|got|gotten) (around )?to (it|them|that|those|"
         rf"(my|his|her|our|the) (\w+ ){{0,3}}{_FILLED_IN}\b)", "statuscheck", "get got gotten"),
        (r"\b(ya )?(esta|estan) (list[oa]s?|hech[oa]s?) (mi|mis|su|sus|la|el|las|los) (\w+ ){0,2}(receta|recetas|"
         r"resurtido|resurtidos|medicina|medicinas|medicamento|medicamentos|formulario|formularios|forma|carta|"
         r"referencia|referido|papeles)\b|\b(donde|que) (esta|estan) (mi|mis) (receta|recetas|resurtido|medicina|"
         r"medicamento|formulario|forma|carta|referencia|referido|papeles)\b",
         rf"\g<0> {READY_ASKED}", "esta estan"),
        # ...and who may see one's results, chart or portal: a parent, a partner, a school, anyone ("can my mom see my
        # results", "will my parents find out", "quien puede ver mi expediente"): a minor's privacy and proxy access
        # are staff's, not the results or records entry's
        (rf"\b(can|could|will|would|does|do|is|are|may|should|cuz|bc|because|so) (my|our|the|a|an) (\w+ )?"
         rf"({_WHO_SEES}) (ever |still |also )?(be able to |get to |have access to |be allowed to |get |"
         r"automatically )?"
         rf"({_SEES} (\w+ ){{0,2}}?{_SEEN}|find out|know|be told|be notified|get notified|hear about)\b|"
         rf"\b(who|whom) (all |else )?(can|could|will|gets to|is able to) {_SEES} (\w+ ){{0,2}}?{_SEEN}\b|"
         rf"\b((puede|pueden|podra|podran|va a|van a) (poder )?(mi|mis) (\w+ )?({_WHO_SEES_ES})|(mi|mis) (\w+ )?"
         rf"({_WHO_SEES_ES}) (puede|pueden|podra|podran|va a|van a)) (poder )?({_SEES_ES} (\w+ ){{0,2}}?{_SEEN_ES}|"
         rf"saber|enterarse)\b|\bquien (mas )?(puede|pueden|podra) {_SEES_ES} (\w+ ){{0,2}}?{_SEEN_ES}\b",
         WHO_SEES, _WHO_SEES.replace("|", " ") + " " + _WHO_SEES_ES.replace("|", " ") + " who whom quien"),
        # round 75: ...and the writer into another's portal, chart or results, or standing for them ("im my mothers
        # power of attorney. how do i get into her portal account", "how can i see my husbands results", "como entro
        # al portal de mi mama"): proxy access or a legal say, which staff check ("how does my husband sign up for his
        # portal", he himself, is the portal entry's still)
        (rf"\b(i|we) (\w+ ){{0,2}}?({_SEES}|get access to|have access to|sign into|sign in to|login to|manage) "
         rf"(my |our )?(her|his|their|({_KIN_OWNERS})s) (patient |online |medical |test |lab )?{_SEEN_OTHERS}\b|"
         r"\b(power of attorney|poa|legal guardian|conservator|health ?care proxy|apoderad[oa]|tutora? legal)\b|"
         r"\b(entrar|entro|entramos|acceder|accedo|ver|veo|revisar|reviso) (a |al |el |en el |los |las |la )?(portal|"
         rf"expediente|resultados|cuenta|historial)( medico| del portal)? de (mi|mis) ({_KIN_ES})\b",
         rf"\g<0> {WHO_SEES}", "portal chart records results account labs power poa guardian conservator proxy "
         "apoderado apoderada tutor tutora expediente resultados cuenta historial"),
        # ...or done without them knowing ("cancel it without my mom knowing", "sin que mis papas se enteren")
        (r"\bwithout (my |her |his |their |them |him )?(\w+ )?(mom|mother|dad|father|parents?|family|boyfriend|"
         r"girlfriend|husband|wife|partner|her|him|them|anyone|anybody) (knowing|finding out|seeing|being told|getting "
         r"notified)\b|\bsin que (mi|mis|su|sus) (\w+ )?(mama|papa|papas|padres|familia|novio|novia|esposo|esposa) "
         r"(sepa|sepan|se entere|se enteren|vea|vean)\b|\bsin que (nadie|ellos|ella|el) (sepa|sepan|se entere|"
         r"se enteren)\b", WHO_SEES, "knowing finding seeing told notified sepa sepan entere enteren vea vean"),
        # session 14: an insurer, school, pharmacy or employer writing ("this is blue cross, we need visit notes"), or
        # another practice asked about by name ("does harbor orthodontics take my insurance"): not a patient's question
        # of this clinic, for staff
        (r"^(hi |hello |hey )?(this is|im calling from|i am calling from|writing from|im with|i am with|we are|were) "
         r"(\w+ ){0,3}(insurance|insurer|blue cross|aetna|cigna|humana|united ?healthcare|medicaid|medicare|school|"
         r"district|pharmacy|walgreens|cvs|employer|hr|human resources|law office|law firm|attorneys?|company)",
         "otherparty", "insurance insurer blue aetna cigna humana united unitedhealthcare medicaid medicare school "
         "district pharmacy walgreens cvs employer hr human law attorney attorneys company"),
        (r"does (?!the |your |ur |this |you |u )(\w+ ){1,2}(orthodontics|dental|dentistry|pediatrics|clinic|hospital|"
         r"imaging|urgent care|medical center|medical group|pharmacy|labs?) (take|accept|have|do|open)", "otherparty",
         "orthodontics dental dentistry pediatrics clinic hospital imaging urgent medical pharmacy lab labs"),
        # round 44: a pharmacy or another place out of a vaccine is why one asks here, not a refill ("walgreens ran out
        # of flu shots", "the cvs is out of the booster", "my pharmacy doesnt have any covid vaccine"; round 73: or said
        # last of the place, "my va clinic is out")
        (r"((the|my|our|a|that) )?(pharmacy|pharmacies|walgreens|cvs|rite aid|walmart|costco|kroger|drugstore|"
         r"drug store|store|other clinic|other place|health department|farmacia)? ?((is|was|are|were|has been|"
         r"have been|got|ran|has run|have run|run|running|sold|se quedo|se quedaron) "
         r"(all |completely |totally )?out of|"
         r"(doesnt|dont|didnt|does not|do not|did not) have (any )?)( the| their| its| any| all)?(?= (covid|flu|"
         r"shingles|tetanus|pneumonia|rsv|hpv|tdap|booster|boosters|shot|shots|vaccine|vaccines|vaccination|"
         r"vaccinations|jab|jabs|vacuna|vacunas)\b)", " ", "out have"),
        (r"((the|my|our|a|that) )?(\w+ )?(pharmacy|pharmacies|walgreens|cvs|walmart|costco|drugstore|clinic|clinica|"
         r"hospital|health department|farmacia) (is|was|are|were|ran|has run|got|se quedo|se quedaron) "
         r"(all |completely |totally )?out( of (it|them|stock))?(?= *$| too| again| now)", " ", "out"),
        # round 73: a device or meter's supplies are one word, qualifying the request around it unless the FAQ asks
        # about supplies itself ("How do I order more pump or CGM supplies?"); what they are for only qualifies them.
        # More of them, or running out, is a refill as of a medicine ("how do i get more test strips", "need a refill
        # on my dexcom sensors", "como pido mas tiras para medir el azucar"); needing them is not ("necesito tiras para
        # el glucometro": a first prescription, for staff)
        (r"(?P<b>dexcom|libre|freestyle|omnipod|g6|g7|cgm|pump|insulin|diabetic|diabetes|glucose|ostomy|cpap)"
         rf"(?= ({_SUPPLY_NOUNS})\b)", r"\g<b>~", "dexcom libre freestyle omnipod g6 g7 cgm pump insulin diabetic "
         "diabetes glucose ostomy cpap"),
        *(
            (rf"(?:{pattern}){_SUPPLY_FOR}", f"{kind}{QUALIFIED} supply{QUALIFIED}", triggers)
            for pattern, kind, triggers in _SUPPLY_KINDS
        ),
        (rf"(?:(?:medical|diabetic|diabetes|testing|pump|cgm|ostomy) )?(?:supplies|insumos|suministros){_SUPPLY_FOR}",
         f"supply{QUALIFIED}", "supplies insumos suministros"),
        # (not money, time, gas or patience running out: "almost out of time", "ran out of gas on the way")
        (r"(more of my|(running out of|ran out of|almost out of)(?! (money|cash|funds|time|gas|patience|options|"
         r"ideas|luck|space|battery|work|sick days|pto|vacation days)\b)|(?<!locked )(?<!logged )(?<!kicked )"
         r"(?<!shut )out of my|(it |they )?(runs|run) out)",
         "refill", "more out"),
        # the same in Spanish, of a medicine ("se me acabo la medicina", "me quede sin pastillas", round 22)
        (rf"(se me (acabo|acabaron|termino|terminaron|esta acabando|estan acabando|va a acabar|van a acabar)|"
         rf"me (quede|estoy quedando|voy a quedar) sin)(?= (la |las |el |los |mi |mis |su |sus )?(({_RX})\b|"
         rf"(\w+{QUALIFIED} )?supply{QUALIFIED}))",
         "refill", "acabo acabaron termino terminaron acabando acabar quede quedando quedar"),
        # (round 73: and said of nothing named, of a supply the question beside names: "como pido mas tiras? ya se me
        # estan acabando")
        (r"(ya )?(se me|se nos) (acabo|acabaron|termino|terminaron|esta acabando|estan acabando|va a acabar|"
         r"van a acabar)(?= *$| y | pero | porque | asi que )", "refill",
         "acabo acabaron termino terminaron acabando acabar"),
        # "almost out" said on its own is a supply running out ("refill my zoloft, almost out", "nearly out again"),
        # not a way out, a time or a place ("almost out the door", "almost out of time" are not refills)
        (r"(almost|nearly|just about|pretty much) out(?! (of|the|to|front|back|side|here|there|door|from|with)\b)",
         "refill", "almost nearly"),
        # "at all" only stresses what it follows ("i dont get my bill at all"): its "all" is not the "all at once" of
        # paying in instalments
        (r"at all", "", "all"),
        # running low is the moment a refill is asked for ("running low on my inhaler, need more")
        # (not money, time or sleep; and a reading running low is clinical: "my sugar is running low")
        (r"(running|getting|almost|am|im|i am|were|we are|its|is) (low|short) on(?! (money|cash|funds|time|gas|sleep|"
         r"patience|energy|food|dinero|tiempo)\b)|(?<!sugar )(?<!sugars )(?<!pressure )(?<!level )(?<!levels )"
         r"(?<!count )(?<!iron )(?<!potassium )(?<!oxygen )(?<!o2 )(?<!battery )(?<!money )(?<!time )"
         r"(running|getting) (low|short)$", "refill", "low short"),
        # batch 19 (non-native English): a medicine that "is finish" ran out ("acabou", "het thuoc", "se termino"):
        # said of a medicine named before it, never of a form or a visit ("the form is finished")
        (r"(?P<m>(medicines?|medications?|meds|pills?|tablets?|prescriptions?|rx|inhalers?|"
         rf"{'|'.join(sorted(DRUG_WORDS))})( \w+){{0,3}}?) (is|are|was|its|it is|they are|almost|nearly)"
         r"( almost| nearly| about to| going to| all)?( be)? (finish|finished|finishing)\b", r"\g<m> refill",
         "finish finished finishing"),
        # a supply that ran out: "my inhaler prescription ran out"
        (r"(?P<m>prescription|prescriptions|rx|meds|medication|medications|medicine|pills|inhaler|insulin|refills?) "
         r"(ran|has run|have run|run|runs) out\b", r"\g<m> refill", "ran run runs"),
        # (round 73: "Remaining 10 days.", "me quedan 5 dias", "10 days remaining")
        (r"(remaining|me quedan|nos quedan|le quedan|quedan) (\d+|a few|few|two|three|four|five|six|seven|ten|dos|tres|"
         r"cuatro|cinco|pocos|unos) (more )?(days?|weeks?|pills?|doses?|tablets?|dias|semanas|pastillas|dosis)\b"
         r"|\b(\d+|a few|few|two|three|four|five|six|seven|ten) (more )?(days?|weeks?|pills?|doses?|tablets?) "
         r"remaining",
         "refill", "remaining quedan"),
        # what is left of a supply: "a few days of my pills left", "only 2 pills left"
        (r"((\d+|a few|a couple|few|two|three|four|five|one|only|just) (more )?(days?|weeks?) (worth )?of "
         r"(my |his |her |the )?(\w+ ){0,3}left|(only |just )?(\d+|a few|a couple|few|two|three|four|five|one) "
         r"(more )?(pills?|doses?|tablets?|capsules?|pens?|vials?|refills?) (\w+ ){0,1}left)\b", "refill",
         "few days day weeks week left only just pills pill doses dose tablets tablet more worth"),
        # who sent the patient is context, not the question: "my therapist said i should ask about a referral"
        (r"(my|the|his|her|our) (doctor|doc|dr|therapist|counselor|nurse|specialist|pcp|provider|pharmacist|surgeon|"
         r"cardiologist|midwife|psychiatrist|dentist|physio|pediatrician|teacher|school|boss|employer)( \w+)? "
         r"(said|says|told me|told us|told him|told her|wants me|wants us|recommended|suggested|asked me)( that)?"
         r"( i| we| he| she)?( should| need to| needs to| have to| has to| to)?( ask about| ask for| call about)?"
         r"(?= \w)", "", "said says told wants recommended suggested asked"),
        # "call off" an appointment is cancelling it
        (r"call(ing|ed)? off", "cancel", "call calling called"),
        # taking oneself off the schedule is cancelling ("take me off the schedule for tmrw", lead batch 20), unless
        # another day is asked for in the same breath (that is a reschedule)
        (r"(take|taking|remove|removing|cross|crossing|scratch) (me|us|him|her|them|my name|our names?|"
         r"my (appointment|appt|visit|slot)) (off|from|out of) (the|your|tomorrows|todays|\w+s)? ?"
         r"(schedule|books|calendar|appointment list|schedules)\b(?!.*\b(put|move|switch|instead|another|rebook|"
         r"reschedule|later|change)\b)", "cancel",
         "take taking remove removing cross crossing scratch off schedule books calendar list"),
        # a form is "una forma" in US Spanish, not "de que forma" (in what way) nor "forma de pago" (round 22)
        (r"formas? de pago", "pay", "forma formas"),
        (r"(una|la|las|esta|estas|mi|mis|su|sus|unas|otra) (?P<f>forma|formas)\b(?! de (pagar|llegar|hacer|contactar|"
         r"comunicarme|pedir|sacar))", "form", "forma formas"),
        # good morning and the like open a message as hola does ("buen dia, a q hora abren")
        (r"(buen dia|buenos dias|buenas tardes|buenas noches)", "hola", "buen buenos buenas"),
        # a wheelchair in Spanish ("mi papa usa silla de ruedas", round 22)
        (r"sillas? de ruedas", "wheelchair", "ruedas"),
        # using one or being in one is just the wheelchair ("my dad uses a wheelchair", "mi papa usa silla de ruedas")
        (r"(uses|use|using|usa|usan|usamos|uso|is in|am in|in|en|anda en|andan en) (a |una |his |her |my |mi |su )?"
         r"wheelchair", "wheelchair", "wheelchair"),
        # who uses the wheelchair is whom the access is for, not what is asked ("is it wheelchair accessible, my
        # grandpa uses one"): the person and "one" are the wheelchair
        # ("one" must point back at a wheelchair or access said before it: "my son needs one" alone is no wheelchair)
        (rf"(?P<w>\b(wheelchair|wheelchairs|accessible|accessibility|ramp|handicap|handicapped|silla de ruedas)\b.*?)"
         rf"\b(my|our|his|her|their|mi|su) ({_PEOPLE}) (uses|is in|needs|usa|necesita) (one|it|uno|una)\b",
         r"\g<w> wheelchair", "wheelchair wheelchairs accessible accessibility ramp handicap handicapped ruedas"),
        # where to leave the car is where to park
        (r"(leave|leaving|put|keep|drop) (my |the |our |your |a )?(car|vehicle|truck|van)", "parking",
         "leave leaving put keep drop"),
        # round 44: parking the car, whatever the vehicle or the language ("where do i park the truck", "donde
        # estaciono el carro", "can i park my van there"): the vehicle adds nothing to where to park
        (r"(park|parking|estacionar|estaciono|estacionarme|estacionamos|estacionamiento para|parquear|parqueo|"
         r"aparcar|aparco) (el |mi |my |the |our |a |nuestro |la |su )?(car|truck|van|vehicle|suv|minivan|carro|coche|"
         r"auto|vehiculo|camioneta|troca|carrito)", "parking",
         "park parking estacionar estaciono estacionarme estacionamos estacionamiento parquear parqueo aparcar aparco"),
        # the same in Spanish ("donde puedo dejar el carro", round 22)
        (r"(dejar|dejo|dejamos|deja|meter|meto|poner|pongo) (el |mi |la |nuestro )?(carro|coche|auto|camioneta|troca|"
         r"vehiculo|carrito)", "parking", "dejar dejo dejamos deja meter meto poner pongo"),
        # wanting to see the doctor at some time is booking ("i'd like to see the doctor next week", "need to see dr
        # patel sometime next week")
        (r"(like|want|wanna|need|hoping|trying) to (see|get in with|get in to see|get seen by) (the |a |my |your )?"
         r"(doctor|doc|dr|provider|physician|np|pa)( \w+)? (next|this|tomorrow|sometime|soon|asap|early|later|"
         rf"on ({_WEEKDAYS}))", "book appointment", "see get"),
        # seeing a doctor is a visit ("how much to see a doctor", "cuanto cobran por ver al doctor")
        (r"(see|ver|seeing|be seen by) (a|the|al|el|un|una) (?P<d>doctor|medico|medica|doctora|provider)\b",
         r"appointment \g<d>", "see ver seeing seen"),
        # not turning up is missing the appointment (the no-show question), not a walk-in
        (r"(dont|do not|didnt|did not|doesnt|does not|not|never|cant|cannot|fail to|forget to|forgot to) "
         r"(show|turn) up", "cancel appointment", "show turn"),
        (r"(no (llego|llegue|voy|vaya|me presento|me presente|asisto|asista)|falto|falte|faltar) (a )?"
         r"(mi |la |una |el )?(cita|consulta|turno)", "cancel appointment",
         "llego llegue voy vaya presento presente asisto asista falto falte faltar"),
        # round 25: care asked for an animal is a vet's ("refill my dog's medication", "shots for our puppy",
        # "la receta de mi perro"); see matcher._ANIMAL. An aside ("my cat knocked over my coffee") is not
        (rf"(my|our|his|her|the|mi|nuestro|nuestra|el|la) (?:{_PETS})s? (medications?|medicines?|meds|pills?|"
         rf"prescriptions?|rx|refills?|shots?|vaccines?|appointment|visit|records|"
         rf"nails?|teeth|checkup)\b|(for|of|para|de) (my|our|his|her|the|mi|nuestro|nuestra|el|la) (?:{_PETS})\b|"
         # (session 14: insurance for a pet is a vet's too: "do u take pet insurance")
         rf"(?:{_PETS})s? (insurance|insurances|plan|plans)\b|seguros? (de|para) (?:{_PETS})\b",
         "animal", _PET_WORDS),
        # the same of not coming to a booked visit: "what if i don't come in to my visit", "if we never come to
        # the appointment" (round 25); "can i come without an appointment" is not a negation
        (r"(if|what if|when) (i|we|he|she|they|you|u) (dont|do not|doesnt|does not|never|cant|cannot|wont|dont end up|"
         r"end up not|forget to) (come|coming|go|going|get|getting|attend|attending)( in| there| back)? (to|for) "
         r"(my|our|his|her|their|the|an|a|your|this) (\w+ )?(appointment|appointments|visit|visits)\b"
         r"(?! (on time|in time|late|early)\b)", "cancel appointment",
         "if what when"),
        # having something taken off is having it removed: "take off a mole", "cut out this cyst"
        (r"(taken|frozen|burned|burnt|lasered) (off|out)|(take|taking|cut|cutting|freeze|freezing|burn|"
         r"burning|get|getting) (off|out) (a|an|my|this|that|the|these|those|his|her|some)\b", "remove",
         "taken frozen burned burnt lasered take taking cut cutting freeze freezing burning get getting"),
        # texting or emailing a picture is sending it ("can i text u a pic of this spot")
        (r"(text|texting|email|emailing|message|upload|uploading|attach) (you |u |ya |yall |it |them )?"
         r"(a |an |the |some |my |this |these )?(?=(photo|photos|picture|pictures|pic|pics|foto|fotos|image|images)\b)",
         "send ", "text texting email emailing message upload uploading attach"),
        # asking whether the practice gives a medicine asks about a treatment it offers, not for a refill of
        # one's own: "do you do accutane", "does the doctor prescribe spironolactone"
        (rf"(do|does|can|will) (you|u|ya|yall|the doctor|the doc|the dr|dr|doctor|they|your doctors?) "
         rf"(do|offer|prescribe|give|provide|use|carry|try|treat with|recommend) (\w+ )?(?P<rx>{MEDS})\b",
         rf"treat \g<rx>{QUALIFIED}", "do does can will"),
        # hearing back is the result coming back ("had a biopsy, when do i hear back")
        (r"(hear|heard|hearing) (back|about(?= (my|the|his|her|our) (\w+ ){0,2}(results?|labs?|bloodwork|biopsy|tests?|"
         r"scan|xray|mri|ultrasound|pathology)\b))", f"result{QUALIFIED} back", "hear heard hearing"),
        # round 77: results that "come out" in Spanish are results back ("cuando salen los resultados del ultrasonido")
        (r"(salen|salieron|saldran|sale|salio|saldra)(?= (los |las |mis |sus |el |la )?(resultados?|analisis|examenes|"
         r"estudios|laboratorios)\b)", "back", "salen salieron saldran sale salio saldra"),
        # round 33: Spanish for a support group and for losing weight ("hay grupo de apoyo", "bajar de peso")
        (r"(grupo|grupos) de apoyo", "support group", "apoyo"),
        (r"(bajar|baje|bajo|perder|pierdo|perdi|perdida|baja) de peso", "weight loss", "peso"),
        # what to do before a visit is how to prepare for it
        (r"what (should|do|can|must) (i|we) (need to |have to )?(do|bring|know) (before|prior to)|"
         r"how do (i|we) get ready( for)?|"
         r"get ready for", "prepare", "what how get"),
        # the same in Spanish ("q tengo que hacer antes del emg", round 22)
        (r"que (tengo que|tenemos que|debo|debemos|hay que|necesito|necesitamos) (hacer|saber|traer|llevar) "
         r"(antes|previo)", "prepare", "que"),
        # the lead's batch 37: results that "show up" appear, no one walks in; the verb says nothing more ("when will my
        # mom's bloodwork from monday show up", "my labs havent shown up in the portal")
        (r"(?P<n>(results?|labs?|lab work|bloodwork|blood work|tests?|scans?|x ?rays?|reports?|numbers|resultados|"
         r"analisis)( \w+){0,5}?) (show|shows|showed|shown|pop|pops|popped) up", r"\g<n>",
         "show shows showed shown pop pops popped"),
        # round 73: ...and said of them by a pronoun once a lab or a scan is named ("had my a1c and bmp drawn monday,
        # how long till those show up", "lipid panel drawn this am, when do those usually post"; round 87: "that",
        # "got blood drawn monday for my physical, when would that show up")
        (rf"(?P<n>\b(lab|labs|lab~|bloodwork|blood work|labwork|drawn|panel|panels|results?|tests?|xray|xrays|scans?|"
         rf"mri|ct|ultrasound|mammogram|biopsy|resultados?|analisis|{_LAB_LETTERS})\b.*?)\b(those|they|them|these|it|ones|that)"
         r"( usually| normally| typically| to)? (show|shows|showed|shown|pop|pops|popped) up|(?P<m>\b(lab|labs|lab~|"
         r"bloodwork|results?|tests?|those|they|them|these|it|that) (usually |normally |typically )?(get |be )?)"
         r"(post|posts|posted|go up|uploaded|come through)\b", r"\g<n>\g<m> result",
         "show shows showed shown pop pops popped post posts posted go uploaded come"),
        # (or seen: "got my tsh and cbc done friday, how long b4 i can see them on the portal")
        (rf"(?P<n>\b(?:lab|labs|lab~|bloodwork|labwork|drawn|panel|panels|xray|scans?|mri|ct|ultrasound|mammogram|"
         rf"biopsy|analisis|{_LAB_LETTERS})\b.*?\b(?:see|view|check|find|look at|ver|revisar)) "
         r"(?:them|those|it|these|they|los|las)\b",
         r"\g<n> result", "see view check find look ver revisar"),
        (r"(just )?(show up|drop in|drop by|stop by|pop in|come by)( without| today| anytime)?", "walkin",
         "show drop stop pop come"),
        (r"(llegar|ir|venir|pasar|presentarme|llego|voy|vengo|paso) (asi )?(nomas|nada mas|sin avisar|directamente|"
         r"directo)", "walkin", "nomas nada sin directamente directo"),
        # paying bit by bit is a payment plan: what is paid stays ("pay my balance off a little at a time")
        # (lead batch 21: "pay my balance a little each month"; what a patient pays for insurance is not asked)
        (r"(?P<p>pay|paying|pagar|pago|pagarlo|pagarla) (?P<what>(it |\w+ ){0,4}?)(off )?(over time|monthly|"
         r"in installments|in parts|a little at a time|a (little|bit) (each|every|a|per) (month|week)|little by little|"
         r"bit by bit|in chunks|in pieces|a bit at a time|"
         r"each month|every month|poco a poco|de a poco|por partes|cada mes|en partes|a plazos|en plazos|en cuotas|"
         r"a cuotas|en mensualidades)(?! (for|on|in) (my |our |the |his |her )?(insurance|premiums?|coverage|rent))",
         r"\g<p> \g<what> installment",
         "pay paying pagar pago pagarlo pagarla"),
        (r"(en|a) (partes|plazos|cuotas|mensualidades)|payment (plan|plans|arrangement|arrangements)|"
         r"(plan|planes) de (pago|pagos)", "pay installment", "partes plazos cuotas mensualidades payment plan planes"),
        # round 33: financing is paying over time, as monthly payments are ("do you have financing for ivf", "can
        # i make monthly payments"); a financial counselor or financial help is not
        (r"\b(financing|financiamiento|financiacion|financiar|financiarlo|financiarla)\b", "pay installment",
         "financing financiamiento financiacion financiar financiarlo financiarla"),
        # (how often stays a word of its own: "can i do monthly" still meets an FAQ's "monthly payments")
        (r"(make |making )?(?P<m>monthly|weekly|biweekly) (payments?|installments?)|pagos (?P<m2>mensuales)",
         r"\g<m>\g<m2> pay installment", "monthly weekly biweekly mensuales"),
        (r"same ?day", "walkin", "same sameday"),
        # "how far in advance do i cancel", "how much notice": a length of time, as "how long"
        (r"how (far|long|much time|early) (in advance|ahead|beforehand)|how (much|many (hours|days)) (of )?(advance )?"
         r"notice|con (cuanta|cuanto tiempo de) anticipacion", "how long", "far long much early many anticipacion"),
        # round 16: the price of one's own prescription is looked up by staff ("how much is my prescription
        # going to cost", "cuanto cuesta mi receta"), not why medicines cost what they do
        (r"(how much|cuanto) (is|will|would|does|are|do|cuesta|cuestan|costara|va a costar|me va a costar|sale|me sale)"
         r" (\w+ ){0,2}?(my|mi|mis|this|these|esta|este|estas) (\w+ ){0,2}?(prescriptions?|rx|medicines?|medications?|"
         r"meds|refills?|receta|recetas|medicinas?|medicamentos?|inhaler|insulin)\b", "pricelookup", "how cuanto"),
        # sending a prescription out to another pharmacy is not bringing one in ("transfer my rx to a cvs in florida")
        (r"(transfer|transferring|move|moving|send|sending|switch|switching|pasar|mandar|cambiar) (\w+ ){0,3}?"
         r"(to|a) (a |an |another |a different |the other |my other |other |otra |una |la )(\w+ ){0,2}?"
         r"(pharmacy|farmacia|cvs|walgreens|walmart)\b", "transferout",
         "transfer transferring move moving send sending switch switching pasar mandar cambiar"),
        # (a quantity to drink or eat is no price: "how much water before my transfer", round 32)
        # round 33: "how much time off work will i need", "how much longer": a length of time, not a price
        (r"how much (time|longer)\b", "how long", "much"),
        (r"(how much(?! (water|fluids?|liquids?|food|caffeine|coffee|alcohol|sleep|weight|exercise)\b)|cuanto cuesta|"
         r"cuanto cobran|que precio)", "cost", "how cuanto que"),
        (r"(sign language|lenguaje de senas)", "interpreter", "sign lenguaje"),
        # round 73: how far out visits go is a time ("always weeks out"); a vaccine "in yet" is available; a student's
        # clinical rotation is their job ("need one for my nursing clinicals"); a new home or car is a home or a car,
        # no new patient (a new job is the employer's, below); one's day off is a day; bringing someone by is coming in
        # (bringing them in or along is a companion, below)
        (r"(?P<t>days|weeks|months|dias|semanas|meses) out\b(?! of)", r"\g<t>", "out"),
        (r"\b(in|here) yet\b", "available", "yet"),
        (r"(?:(?:nursing|medical|pa|np|nurse|dental|pharmacy) )?(?:clinicals|clinical rotations?|practicum|rotations)",
         "job", "clinicals clinical practicum rotations rotation"),
        (r"\bnew (?=(?:company|gig|position|house|apartment|place|address|car|truck)\b)", f"new{SUBORDINATE} ", "new"),
        (r"(?:my|a|the|his|her|our) days? off", "day", "off"),
        (r"(?:bring|brings|bringing|take|taking) (?:him|her|them|the baby|the kids?|my (?:\w+ )?(?:son|daughter|kid|"
         r"kids|baby|mom|dad|wife|husband|child|children)) by\b", "come in",
         "bring brings bringing take taking"),
        # (and a password changed in Spanish, "no me acuerdo de mi contrasena, como la cambio?", no visit moved)
        (r"(?P<p>contrasena|clave|password)(?P<mid>(?: \w+){0,6}?) (?:como )?(?:la |lo )?(?:cambio|cambiar|"
         r"restablezco|restablecer|recupero|recuperar|reseteo|resetear)\b", r"\g<p>\g<mid> login",
         "contrasena clave password"),
        # ...a plan by its full name ("tricare for life", "tricare prime")
        (r"tricare (?:for life|prime|select|reserve|east|west)", "tricare", "tricare"),
        # ...a medication check is a kind of visit ("can i do my med check by video")
        (r"(?:med|meds|medication|medications|medicine) (?:checks?|reviews?|management|follow ?ups?)",
         f"checkup{QUALIFIED}", "med meds medication medications medicine"),
        # (pay by the month in Spanish, "se puede pagar por mes")
        (r"(?P<p>pagar|pago|pagarlo|pagarla|pagos) (?:por mes|al mes|mensual|mensuales|mensualmente|cada mes)",
         r"\g<p> installment", "pagar pago pagarlo pagarla pagos"),
        # round 73: a clock time in the dead of night is the night ("if i need a nurse at like 2am, who do i call",
        # "around midnight", "en la madrugada")
        (r"(?:11 ?pm|(?:12|1|2|3|4) ?am)(?: in the morning)?|midnight|(?:the )?middle of the night|medianoche|"
         r"(?:la )?madrugada", "night", "11pm 12am 1am 2am 3am 4am pm am midnight middle medianoche madrugada"),
        # round 73: a phone changed or a carrier switched is how a number was lost, no visit moved ("lost it when i
        # switched carriers", "lo perdi cuando cambie de celular", "i got a new phone"): a word of its own, qualifying
        (r"(?:(?:switched|changed|switching|changing|switch|change|got|get|getting|have|bought) (?:my |our |to a |a )?"
         r"(?:new )?(?:phones?|cell ?phones?|cells?|carriers?|phone carriers?|phone companies|phone company|providers?)"
         r"|new (?:phone|cell ?phone|cell)|(?:cambie|cambiamos|cambio|cambiar) (?:de |el |mi )?(?:celular|cel|telefono|"
         r"compania)|(?:celular|cel|telefono) nuevo|nuevo (?:celular|cel|telefono))\b(?! (?:number|numero)\b)",
         f"newphone{QUALIFIED}", "switched changed switching changing switch change got get getting have bought new "
         "cambie cambiamos cambio cambiar celular cel telefono nuevo"),
        # round 73: a disability parking placard or permit is a form the doctor signs, not parking ("need the handicap
        # parking placard form signed by the doc", "la forma para la placa de discapacitado"); a permit or a tag only
        # with a disability named, a parking permit alone may be the garage's
        (r"(?:(?:dmv|state) )?(?:(?:handicap|handicapped|disability|disabled|accessible) )?(?:parking )?(?:placards?|"
         r"hang ?tags?)(?: (?:form|forms|application|applications|paperwork|renewal))?|(?:(?:dmv|state) )?"
         r"(?:handicap|handicapped|disability|disabled|accessible) (?:parking )?(?:permits?|tags?|stickers?|plates?)"
         r"(?: (?:form|forms|application|applications|paperwork|renewal))?|(?:(?:la|una|el) )?(?:forma |formulario |"
         r"solicitud |papeles )?(?:(?:para|de) (?:la |el )?)?(?:placa|placas|permiso|tarjeta|calcomania)"
         r"(?: de estacionamiento)? (?:de|para) (?:discapacitad[oa]s?|minusvalid[oa]s?|personas con discapacidad)",
         f"placard{QUALIFIED} form", "placard placards hang hangtag hangtags handicap handicapped disability disabled "
         "accessible placa placas "
         "permiso tarjeta calcomania"),
        # round 73: the spots kept for a wheelchair or a disability are parking, the disability only their kind ("where
        # are the accessible parking spots", "handicap spaces", "estacionamiento para discapacitados")
        (r"(?:handicap|handicapped|accessible|disabled|disability|wheelchair|ada|van accessible)(?: parking)? "
         r"(?:spots?|spaces?|stalls?|parking|parking lot)|(?:estacionamiento|lugar|lugares|cajon|cajones|espacio|"
         r"espacios)(?: de estacionamiento)? (?:para|de) (?:discapacitad[oa]s?|minusvalid[oa]s?|personas con "
         r"discapacidad|silla de ruedas|sillas de ruedas)", f"accessible{SUBORDINATE} parking",
         "handicap handicapped accessible disabled disability wheelchair ada van estacionamiento lugar lugares cajon "
         "cajones espacio espacios"),
        # round 73: what the address is for, a driver or a map ("what address do i give the driver", "to put in my
        # gps", "se la tengo que dar al chofer del taxi"), asks for the address; a taxi sent is a ride asked for
        (r"(?:to |para |i can |i could |i have to |i need to |tengo que |le tengo que |se la tengo que )?(?:give|tell|"
         r"show|put in|type in|plug into|plug in|enter|dar|darle|decirle|poner|meter|pasar|pasarle)(?: it| that| "
         r"them| the address| la direccion| el domicilio)?(?: to| in| into| for| a| al| en| en el| para)?"
         r"(?: (?:the|my|our|el|la|mi|su))? (?:driver|uber|lyft|taxi|cab|cabbie|rideshare|chofer|taxista|conductor|"
         r"gps|waze|google maps|maps|navigation)(?: driver| del taxi| del uber| app)?", "address",
         "give tell show put type plug enter dar darle decirle poner meter pasar pasarle"),
        (r"(silla de ruedas)", "accessible", "silla"),
        # who speaks which language asks for an interpreter: "my dad only speaks arabic"
        (r"((only|solo|nomas|just|mostly) )?(speak|speaks|speaking|habla|hablan|hablamos|hable|hablen|hablar)"
         r"( only| solo|"
         r" solamente| no| poco|"
         r" un poco de| little| nada de| nada| muy poco| casi nada de| nomas| nada mas| mas que| very little|"
         rf" a little| some| any| mostly| mainly)? (?P<lang>{'|'.join(_LANGUAGES.split())})\b",
         r"interpreter \g<lang>", "speak speaks speaking habla hablan hablamos hable hablen hablar"),
        (rf"(?P<lang>{'|'.join(_LANGUAGES.split())}) (speaking|speaker|speakers|hablante|hablantes)\b",
         r"interpreter \g<lang>", "speaking speaker speakers hablante hablantes"),
        # a medical file or history is one's records ("copy of my medical file"), read here before "medi ?cal" below
        # takes "medical" for the insurance; a medical history *form* is a new patient's paperwork
        (r"(medical (records?|history|histories|file|files|chart|documents)(?! (form|forms|questionnaire)\b)|"
         r"expediente medico|historial medico)", "records", "medical expediente historial"),
        # the patient portal is the portal: "patient" there must not make it a new-patient entry
        (r"patient portal|portal (del|de|de los) pacientes?", "portal", "portal"),
        # batch 19 (non-native English): a "blood exam" or "analysis of blood" is a blood test, word for word from
        # "examen/analisis de sangre", "exame de sangue", "xet nghiem mau"; not a test *for* blood ("a stool test
        # for blood")
        # round 36: a lab panel a front desk names by its letters ("are my CBC results back", "fasting for A1C", "lipid
        # panel") is a lab test; the letters only qualify it, unless the FAQ's own questions name them. Beside a lab
        # word of its own ("did my thyroid labs come back? TSH") the letters are left as they are: the message names
        # its lab test already
        (rf"^(?P<pre>((?!\b(lab|labs|bloodwork)\b).)*?)\b(?P<k>{_LAB_LETTERS})\b"
         r"(?!.*\b(lab|labs|bloodwork)\b)", rf"\g<pre>\g<k>{QUALIFIED} lab", _LAB_LETTERS.replace("|", " ")),
        # (round 73: and every other one the message names, "had my a1c and bmp drawn monday")
        (rf"(?:{_LAB_LETTERS})(?!{QUALIFIED})", rf"\g<0>{QUALIFIED}", _LAB_LETTERS.replace("|", " ")),
        # round 73: blood taken and a panel, as Spanish says them ("me sacaron sangre", "el perfil de tiroides")
        (r"(me |le |les |nos )?(sacaron|saco|sacan|sacaran|tomaron|tomo|hicieron) (la |una |unas |las )?"
         r"(muestras? de )?sangre|(perfil|panel) (de |del )?(tiroides|tiroideo|lipidos|colesterol|hepatico|renal|"
         r"metabolico|quimica)", "lab", "sacaron saco sacan sacaran tomaron tomo hicieron perfil panel"),
        (r"(?P<k>lipid|metabolic|thyroid|cholesterol|liver|kidney|iron) panels?", rf"\g<k>{QUALIFIED} lab",
         "lipid metabolic thyroid cholesterol liver kidney iron"),
        (r"blood panels?", "lab", "blood"),
        # coffee or caffeine before a lab test asks whether fasting allows it ("can i have coffee before my cmp")
        (r"(black )?(coffee|coffees|caffeine|cafe)"
         r"(?=( \w+){0,3} (before|prior to|ahead of|antes de|antes del)( [\w~^]+){0,2} "
         r"(lab|labs|bloodwork|blood (test|tests|draw|work)|fasting|analisis)\b)", "fast",
         "coffee coffees caffeine cafe"),
        (r"(blood (test|tests|draw|draws|exam|exams|examination|analysis|analyses)|(exam|exams|examination|analysis|"
         r"analyses) (of|for) (the |my )?blood|(analisis|examen|examenes|prueba|pruebas) de (la )?sangre|lab work)",
         "lab",
         "blood analisis examen examenes prueba pruebas lab"),
        (r"(front desk|reception|recepcion)", "clinic", "front reception recepcion"),
        # navigation that misleads the writer asks where the clinic is ("gps is taking me somewhere weird")
        (r"(my |the )?(gps|maps|google maps|waze|navigation|nav)( app)? (is |keeps |was |has been |kept )?"
         r"(taking|sending|bringing|routing|leading|showing|telling|took|sent)( me| us)?( to)?"
         r"( (somewhere|someplace|a|the) ?(weird|wrong|else|different|strange|random)"
         r"( place| address| spot| building| street)?)?", "address",
         "gps maps waze navigation nav"),
        (r"(fin de semana|fines de semana)", "weekend", "fin fines"),
        (r"(where (are|is)|wheres) (you|the clinic|your office|your clinic|the office|the practice|"
         r"your practice|your location)( guys| located| at)?", "address", "where wheres"),
        # the same in Spanish ("donde esta la clinica", "donde quedan ustedes", round 22)
        (r"donde (esta|estan|queda|quedan|se encuentra|se encuentran|se ubica|se ubican) (ustedes|la clinica|"
         r"el consultorio|la oficina|su oficina|su clinica|su consultorio|el centro|ubicad[oa]s?)( ubicad[oa]s?)?",
         "address", "donde"),
        (r"^donde (estan|quedan|se encuentran|se ubican)$", "address", "donde"),
        # round 35: "which suite are you in", "whats the suite number" ask the address as "what floor" does
        (r"(what|which) (floor|building|entrance|suite|unit|shopping center|shopping centre|shopping plaza|plaza|mall|"
         r"strip mall|complex|medical building|medical center|medical plaza)( number)?\b|"
         r"whats the (floor|suite|unit)( number)?\b", "address",
         "floor suite building entrance unit shopping plaza mall strip complex medical"),
        (r"(find|(get|gets|getting) (me |us )?to|get there|reach|come to) (you|you guys|your office|the office|"
         r"the clinic|"
         r"your clinic)(?! (for|about|with|instead)\b)", "address", "find get gets getting reach come"),
        # round 35: how to get there, with the place left unsaid ("how do i get there by bus"), asks the way there
        (r"(how (do|can|would|should|will|to) (i|we|you|my \w+) |how to |best way to |way to )get (there|here)\b"
         r"(?! (for|about|with|instead|on time|early|late|before|after|in time)\b)", "address", "there here"),
        (r"hours of (operation|business|service)", "hours", "hours"),
        # round 80: a unit called up is a deployment ("husband's unit got activated": no portal's activation), and a
        # reservist's annual training is a drill (context.py's, beside a plain question)
        (r"(unit|units|battalion|brigade|squadron|company|reserve|reserves|guard) (got |was |has been |is being |is "
         r"|just got |just )?(activated|mobilized|called up)", "deployed", "activated mobilized called"),
        (r"(annual|two week|2 week) training", "drill", "training"),
        # round 80: the user of an access tool is the writer who names it ("VoiceOver user here", "a TTY user"): the
        # tool stays (context.py's, beside a plain question), "user" says nothing more
        (r"(?P<t>voiceover|screenreader|talkback|tty|vrs|braille|relay|magnifier) users?\b", r"\g<t>", "user users"),
        (r"screen ?readers?( users?)?", "screenreader", "screen screenreader screenreaders"),
        # round 80: which buses or trains stop near the clinic asks the way there ("what is the street address and which
        # buses stop near you"), as "how do i get there by bus" does; "stop" is then no stopping of anything
        (r"(which|what) (bus|buses|bus lines?|trains?|lines?)( \w+)? (stop|stops|go|goes|run|runs) (near|by|close to|"
         r"outside|to|at) (you|your office|the office|the clinic|your clinic|there)\b", "address bus",
         "stop stops go goes run runs"),
        # "ya llegaron/salieron mis resultados" is "are my results back"
        (r"(ya )?(llegaron|salieron|han llegado|han salido|estan listos|estan listas)", "back",
         "llegaron salieron han estan"),
        # having no car or ride is how the writer cannot get here (context), not a visit "without" something
        (r"(dont|do not|didnt|did not|no longer) have (a |my |the |any )?(car|ride|way to get (here|there|in))\b|"
         r"(no|without a|without) (car|ride)\b", "car", "car ride way"),
        (r"(dont|do not|doesnt|does not|didnt|did not|no) (have|tengo|tiene)( any| a| an)?", "without",
         "have tengo tiene"),
        (r"(no insurance|uninsured|not insured)", "without insurance", "insurance uninsured insured"),
        # "i have no dental insurance", "no tengo seguro medico" is "without (dental) insurance" too
        (r"(have no|has no|no|sin) (?P<kind>(dental|health|medical|vision|any|medico) )?(insurance|seguro|coverage)",
         r"without \g<kind>insurance", "insurance seguro coverage"),
        # missing an appointment ("no show", "a fee if i miss an appointment") is the cancellation
        # question; "i missed my appointment" tells of one that happened: staff
        (r"no ?shows?|missed (appointment|appointments|visits|sessions)|(miss|missing|skip) (my |an |a |the |your |"
         r"mi |una )?((\w+ ){0,2}(test|tests|scan|scans|exam|echo|mri|xray|ultrasound|procedure|treatment|treatments|"
         r"dialysis|dialisis|infusion|infusions|tratamiento)\b|"
         r"(appointment|appointments|visit|session|cita))", "cancel appointment",
         "no noshow noshows miss missed missing skip"),
        # coming without an appointment is the walk-in concept, not "without insurance"
        (r"(without|sin|no) (making |booking |having |scheduling |hacer |tener |sacar )?(an |a |any |una |un )?"
         r"(appointment|appointments|cita|citas|turno|reservation|booking)"
         r"(?! (available|disponibles?|left|open|until|hasta|for)\b)", "walkin", "without sin no"),
        # a new prescription for a medicine one already takes is a refill ("send a new prescription for my inhaler to
        # cvs"); a prescription for a condition or for something new stays its own request
        (rf"(a |another )?(new )?(prescription|script|rx) (for|of) (my|his|her|our|their) (\w+ )?(?P<m>{_RX})\b",
         r"refill \g<m>", "prescription script rx"),
        (r"(new|a|another) prescription for", "newprescription", "prescription"),
        # services and requests an FAQ word would otherwise swallow: kept as their own (unknown) topic
        (r"(take|check|checked|taking|checking) (my |his |her |your |the )?"
         r"(blood pressure|bp|temperature|temp|vitals|weight|pulse|sugar)", "vitalsigns",
         "take check checked taking checking"),
        (r"(change|switch|switching|changing|cambiar de|cambiarme de) (my |to a |to another |a )?"
         r"(doctor|doctors|pcp|provider|physician|medico|doctora)", "switchdoctor",
         "change switch switching changing cambiar cambiarme"),
        (r"(blue cross|blue shield|united ?healthcare|united health|health net|obamacare)", "insurance",
         "blue united unitedhealthcare health obamacare"),
        # not making one day but asking for another is moving the visit, not cancelling it
        (rf"{_CANT_MAKE}\b(?=.*\b(can|could|how about|what about|is|instead)\b.*\b({_WEEKDAYS}|tomorrow|next week|"
         r"another day|other day|later|instead)\b)", "reschedule", "make attend"),
        # being late in the past is not running late now ("sorry for being late last week, can i rebook")
        (r"(was|were|being|been|got there|came|showed up|arrived) (\w+ ){0,2}late (\w+ ){0,4}(last|yesterday|"
         r"earlier|the other day|this morning)\b", "past", "late"),
        (_CANT_MAKE, "cancel", "make attend"),
        # (not a provider one can no longer see: "ya no puedo ir con el pediatra", aged out of a practice)
        # (round 73: nor going along with someone, "yo no puedo ir con ella porque trabajo")
        (r"no (puedo|podre|voy a poder) (ir|asistir)(?! con (ella|el|ellos|ellas|usted|mi|mis|su|sus)\b)"
         r"(?! (con|al|a la|a mi|a su) (el |la |mi |su )?"
         r"(pediatra|pediatric\w*|doctor|doctora|medico|medica|ginecologo|ginecologa|dentista|especialista)\b)",
         "cancel", "ir asistir"),
        # a condition naming a medicine only qualifies it: "my blood pressure pills", "thyroid meds"
        (rf"(high )?blood pressure(?= ({_RX})\b)", "bloodpressure", "blood"),
        (rf"(?P<cond>{_CONDITIONS}) (?P<rx>{_RX})\b", rf"\g<cond>{QUALIFIED} \g<rx>", _CONDITIONS),
        (rf"(?P<r>refill|refills|renew|resurtir|renovar|surtir) (on |of |for |de )?(my |her |his |the |our |mi |"
         rf"mis |su |sus |la |las |el |los )?((?!(and|or|y|o|to|at|a|animal)\b)\w+ ){{0,2}}"
         rf"(?P<rx>{_RX}|contraception)\b",
         r"\g<r> medication", "refill refills renew resurtir renovar surtir"),
        (rf"(?P<rx>{_RX}) (de|para) (la |el |mi |las |los )?(?P<cond>{_CONDITIONS})( alta| arterial)?\b",
         rf"\g<rx> \g<cond>{QUALIFIED}", _CONDITIONS),
        # the kind of test whose results are asked for only qualifies them ("how do i get my lab results"),
        # unless the FAQ's questions ask about that test; after "blood test" has become a lab. Not a biopsy:
        # pathology takes longer and the clinician gives it, so a general results answer does not fit it
        (r"(?P<x>lab|labs|blood|bloodwork|pap|xray|mammogram|ultrasound|scan|mri|ct|imaging|urine|culture|"
         r"std|sti|hiv) (test |work )?(?P<r>results?)", rf"\g<x>{QUALIFIED} test{QUALIFIED} \g<r>", "result results"),
        # a monitor's or heart test's results are results, even where the FAQ asks how to wear or prepare for it
        # ("how long for my holter results")
        (r"(?P<x>holter|monitor|echo|ekg|ecg|stress) (test )?(?P<r>results?)", rf"\g<x>{SUBORDINATE} \g<r>",
         "result results"),
        (r"(?P<r>resultados?) (de |del )(?P<x>laboratorio|sangre|analisis)", rf"\g<r> \g<x>{QUALIFIED}",
         "resultado resultados"),
        (r"(?<!tengo que )(?<!tiene que )(?<!hay que )"
         r"(make|set up|setup|get|schedule|hacer|sacar|agendar|hago|saco|agendo|pido|pedir) "
         r"(an |a |another |una |otra )?(new )?"
         r"(appointment|visit|cita|consulta)", "book appointment", "appointment visit cita consulta"),
        # a bare request for an appointment is a booking ("necesito una cita", "i want an appointment"),
        # but "do i need an appointment for…" asks whether one is needed
        (rf"({_NOT_ASKED}(need|want|like|necesito|quiero|quisiera|ocupo|ocupa|necesita|quiere)|book|reservar) "
         r"(an |a |another |una |otra |un )?(new )?(appointment|cita|consulta)", "book appointment",
         "appointment cita consulta"),
        # booking a kind of visit is booking ("book a checkup", "need a check-up"): the kind only qualifies
        # it, unless the FAQ's own questions ask about that kind ("How do I book a cleaning?")
        (r"(?:(?:book|schedule|make|set up|setup|arrange|agendar|sacar|reservar|programar|hacer) "
         rf"(?:an |a |another |una |otra |un |my |mi |the |his |her )?|{_NOT_ASKED}(?:need|want|get|necesito|quiero) "
         r"(?:an |a |another |una |otra |un |my |his |her |our |their )?|(?:get in|come in|be seen|get seen|"
         r"see (?:someone|somebody|a doctor|the doctor|a provider|the provider|the nurse|a nurse)|"
         # (said after seeing a doctor became "appointment doctor": "i need to see the doctor for a checkup")
         r"appointment (?:doctor|medico|medica|doctora|provider))"
         # (a day said between: "can i get in on thurs for a physical")
         rf"(?: (?:on |this |next )?(?:{_WEEKDAYS}|today|tomorrow))? (?:about|for|para) "
         r"(?:an |a |my |the |his |her )?)(?:new |next |annual |yearly |routine |first )?"
         rf"(?P<mod>sports |school |camp )?(?P<kind>{_KINDS})"
         r"\b(?! (?:form|forms|note|notes|paperwork|papers|letter|results?|records?|fee|cost|price)\b)",
         rf"book appointment \g<mod>\g<kind>{QUALIFIED}", _KIND_WORDS),
        # an appointment for a kind of visit: the kind only qualifies it ("make an appt for a checkup")
        (r"(?P<a>appointment|appointments|cita|citas|visit) (for|para) (a |an |my |the |his |her |un |una |mi |su )?"
         rf"(new |annual |yearly |routine |first )?(?P<kind>{_KINDS})\b(?! (?:form|forms|note|notes|paperwork|papers|"
         r"letter|results?|records?|fee|cost|price)\b)", rf"\g<a> \g<kind>{QUALIFIED}", _KIND_WORDS),
        # the card one brings is a card, whatever it is for: "should i bring my insurance card"
        (r"(?P<v>bring|brought|bringing|need|forget|forgot|traer|llevar|traigo|llevo) "
         r"(my |the |your |an |a |mi |la |su )?"
         r"((insurance|medicaid|medicare) (card|cards)|tarjeta (de|del) (seguro|aseguranza|medicaid|medicare))",
         r"\g<v> card", "card cards tarjeta"),
        (rf"(need|want|get|getting|necesito|quiero) (more|mas) (of |de )?(my |his |her |the |mi |mis |su )?"
         rf"(?=(\w+{QUALIFIED} )*(({MEDS})\b|supply{QUALIFIED}))", "refill", "more mas"),
        # asking for a test is not asking for results: "do you do pregnancy tests", "can I get tested"
        # (not "how long does the stress test take", already "how long when does the stress test")
        (r"(?<!long when )(?P<ask>get|getting|do|does|offer|offers|provide|perform|run|take|have|need|want|hacen|"
         r"hacer|hacerme) "
         r"(?P<what>(a |an |the |any |some |una |la |las )?((?!(they|you|u|we|i|he|she|it|them)\b)\w+ ){0,2})"
         r"(tests?|tested|testing|pruebas?)\b"
         r"(?! (\w+ )?(results?|resultados?|back|ready|came|take|takes|last|lasts|involve|involves|cost|costs)\b)",
         r"\g<ask> \g<what>testrequest", _TESTS),
        (r"(?P<test>tests?|pruebas?) (?P<of>de|del|para|for) (?P<what>embarazo|pregnancy|covid|vih|hiv|std|sti|"
         r"strep|drogas|drugs)", r"testrequest \g<of> \g<what>", _TESTS),
        # bringing a person along is its own question: "can I bring my baby", "can my mom come in with me"
        (rf"(bring|bringing|take|taking|have) (along )?(my|our|a|the|his|her|their|two|both|\d+) (\w+ )?"
         rf"({_PEOPLE})\b(?! ({_THINGS})\b)", "companion", _PEOPLE),
        (rf"({_PEOPLE}) (\w+ ){{0,1}}(sit|sits|sitting) in\b", "companion", _PEOPLE),
        (rf"({_PEOPLE}) (\w+ ){{0,2}}(come|coming|join|be|stay|sit|sits|go|accompany|in|visit) (\w+ ){{0,3}}"
         rf"(with me|with us|along|in the room|into the room|in with me|into the exam room|in the exam room|"
         rf"during)\b", "companion", _PEOPLE),
        (r"(puede|pueden|podria|dejan|permiten) (venir|entrar|pasar|acompanarme|estar|traer) (\w+ ){0,3}"
         r"(conmigo|acompanante|a mi \w+|mis hijos|mi bebe|mi hijo|mi hija)", "companion",
         "puede pueden podria dejan permiten"),
        (r"(acompanante|chaperone|support person|plus one)", "companion", "acompanante chaperone support plus"),
        # How parents put an FAQ's request in other words (the peds round). Each output a sparse FAQ may
        # not use is a qualifier (~): it counts as a modifier there, and in full where the FAQ's questions
        # use it.
        # Filling a form in is having it completed ("fill out his camp form", "the form done"); "fill"
        # stays, light unless the FAQ says it, so a question of two words keeps two. Not signing: a parent
        # signs forms too ("can my caregiver sign forms for me").
        (r"(?P<v>fill|filled|filling|complete|completed|completing)( out| in)?"
         r"(?= (\w+ ){0,4}(form|forms|paperwork|papers|formulario|formularios)\b)", r"\g<v> complete",
         "fill filled filling complete completed completing"),
        (r"(?P<f>form|forms|paperwork|papers) (?P<mid>(\w+ ){0,3})(filled out|filled in|filled|completed|"
         r"done|llenado|llenados)\b", r"\g<f> \g<mid>fill complete", "form forms paperwork papers"),
        # a well-child visit is a checkup, and a child's age is one topic ("shots at 12 months", "each age")
        (r"well (child |baby |kid )?(visit|visits|check|checks|checkup|checkups|exam|exams|care)",
         f"appointment checkup{QUALIFIED}", "well"),
        # round 39: someone's age said as who they are ("my 10 year old", "our 3 yo") names a child as well
        (r"(my|our|his|her|mi|su) (?=\d+ ?((years?|yrs?|months?|mos?) old|yo|anos|meses)\b)", r"\1 child ",
         "old yo anos meses"),
        (r"(?<!in )(?<!for )(?<!within )(?<!every )(?<!last )(?<!past )(?<!after )(?<!over )"
         r"(\d+ ?(months?|years?|mos?)( old)?|\d+ (weeks?|days?) old|ages?|"
         r"(\d+ )?(meses|anos) de edad|edad)", f"age{QUALIFIED}", "month months year years old ages age edad mo mos"),
        # moving to the area or looking for a pediatrician is asking to become a patient
        (r"(just )?(moved|moving|relocated|relocating|new) (here|(to|into|in to) (the |this )?(area|town|city|"
         r"neighborhood|neighbourhood)|in (the |this )?(area|town|city|neighborhood|neighbourhood))", "new patient",
         "moved moving relocated relocating new"),
        (r"(looking for|need|needs|want|find|finding|searching for|busco|buscamos|buscando|necesito|necesitamos)"
         r" (a |an |un |una )?(new |nuevo |nueva )?(pediatrician|pediatra|family doctor|primary care doctor|"
         r"primary care provider|pcp|family practice|medico de cabecera)\b", "new patient",
         "pediatrician pediatra family primary pcp medico"),
        (r"(looking for|need|needs|find|finding|searching for) (a )?new (doctor|provider|physician)\b", "new patient",
         "new"),
        # a baby just born: "just had our baby", "gave birth", "recien nacido"
        (r"(just )?(had|delivered) (a|our|my|the) (baby|newborn)|gave birth|new baby|recien nacid[oa]s?|"
         r"acab(o|amos) de tener (a )?(mi|un|una|nuestro|nuestra) (bebe|nino|nina)",
         f"child newborn{QUALIFIED}", "had delivered gave new recien acabo acabamos"),
        (r"nursing (my |the |our |her |his )?(baby|newborn|infant|son|daughter)|breast ?milk|leche materna|"
         r"dar (el )?pecho|breast ?pump\w*", "breastfeed", "nursing breast breastmilk leche dar breastpump"),
        # a physical or speech therapist is not a counselor
        (r"(?P<k>physical|occupational|speech|respiratory) (therapist|therapists|therapy)", r"\g<k> therapy",
         "therapist therapists therapy"),
        (r"(mental|behavioral|behavioural|emotional) health|salud mental", "behavioral health",
         "health salud"),
        # moving or cancelling a kind of visit is about the appointment: the kind only qualifies it
        (rf"(?P<v>cancel|reschedule|move|change|push|bump|postpone|switch|cancelar|cambiar|mover)( back| up)? "
         rf"(?P<d>(my |her |his |the |our |their |an |a |mi |la |el |su )?(next |upcoming |proxima )?)"
         rf"(?P<kind>{_KINDS})\b(?! (?:form|forms|note|notes|paperwork|papers|letter|results?|records?)\b)",
         rf"\g<v> appointment \g<kind>{SUBORDINATE}", _KIND_WORDS),
        # round 44: bumping, sliding or shifting a visit is moving it ("can we bump my thursday appt to monday", "slide
        # my visit to later in the week", "shift my consult"); said of anything else it is no reschedule
        (r"(bump|bumped|slide|slid|shift|shifted|shove|scoot|bring forward|move up)( back| up| forward| out| over)? "
         r"(my |the |our |his |her |their |mi |la |el |su )?(\w+ ){0,2}?(?P<a>appointment|appointments|visit|visits|"
         r"checkup|check up|consult|session|cita|turno)\b", r"reschedule \g<a>",
         "bump bumped slide slid shift shifted shove scoot bring move"),
        # ...and so is moving or cancelling a test or procedure: "cancel my mri", "reschedule my stress test".
        # Both are subordinate (^): an FAQ's "how do I prepare for an MRI" must not win a cancellation.
        (rf"(?P<v>cancel|reschedule|move|change|push|bump|postpone|switch|cancelar|cambiar|mover)( back| up)? "
         rf"(?P<d>(my |her |his |the |our |their |an |a |mi |la |el |su )?(next |upcoming |proxima )?)"
         rf"((stress|cat|ct|blood|lab|sleep|hearing|allergy|breathing|lung|nerve|bone density) )?"
         rf"(?P<kind>{_PROCEDURES})\b(?! (results?|resultados?|prep|preparation|instructions|report|images?|bill|"
         rf"cost|price)\b)", rf"\g<v> appointment \g<kind>{SUBORDINATE}", "cancel reschedule move change push "
         "postpone switch cancelar cambiar mover bump"),
        # pushing or bumping a visit back, up or out is moving it, and "back" is not a body part: "need to push my
        # appt back a week" (the lead's batch 15)
        # asking how to set up what was just named is arranging it ("need to see the doctor next week, how do i set that
        # up"): a booking, which only qualifies the request unless the FAQ's questions ask about booking
        (r"(?P<q>how (do|can|would|should|could) (i|we)|can (i|we|you)|could (i|we|you)|where (do|can) (i|we)) "
         r"(set|get) (that|it|this|one) (set )?up", rf"\g<q> book{QUALIFIED}", "set"),
        # (setting a visit back is moving it, but setting one up is arranging it: "how do i set that up")
        (r"(?P<v>push|pushed|bump|bumped|move|moved|scoot|set(?=( \w+){1,3} (back|forward|later|earlier)\b))"
         r"(?P<d> (my|our|his|her|the|mi|la|el|su|it|this|that)"
         r"( next| upcoming)?( appointment| appt| visit| cita| checkup)?) (back|forward|out|up|later|earlier)\b",
         r"reschedule\g<d>", "push pushed bump bumped move moved set scoot back forward out up later earlier"),
        # an opening is a free appointment slot, not opening time: "any openings tomorrow" (the lead's batch 15;
        # "openings" had stemmed to "open", and got the hours answer)
        (r"(openings|(an|any|one|no) opening|open (slots?|spots?|appointments?|appts?)|"
         r"(slots?|spots?) (open|available))(?! (hours?|times?|day|days)\b)", "book appointment",
         "openings opening open slot slots spot spots"),
        # fasting before a procedure with its own preparation is that procedure's prep, not the blood-test fast
        # ("how long do i fast before my colonoscopy"); the kind stays so an FAQ that covers its prep can answer
        (r"(fast|fasting)( \w+){0,2}? (before|for|prior to|ahead of) (my |the |a |an |your |his |her )?"
         r"(?P<k>colonoscopy|endoscopy|surgery|procedure|operation|sedation|anesthesia|biopsy)\b|"
         r"(before|for|prior to|ahead of) (my |the |a |an |your |his |her )?(?P<k2>colonoscopy|endoscopy|surgery|"
         r"procedure|operation|sedation|anesthesia|biopsy) ((?!and|but)\w+ ){0,6}(fast|fasting)\b",
         r"\g<k>\g<k2> prep", "fast fasting"),
        # non-native writers drop the plural after "how many" ("how many hour", batch 19): it is the plural the rules
        # below read
        (r"how many (?P<u>hour|minute|day|week|month|time)\b", r"how many \g<u>s", "many"),
        # a duration of not eating before a test is fasting: "how many hours before bloodwork should i stop eating"
        (r"(should|do|can|must|have to|need to|when do) (i|we|he|she) (stop|quit) (eating|drinking|eat|drink)|"
         r"(stop|quit|no) (eating|food) (before|ahead of|prior to)",
         "fast", "stop quit eating drinking eat drink food"),
        # having to use a mask is wearing one ("tengo q usar cubrebocas")
        (r"(usar|usa|uso|usan|llevar|llevo|ponerme|ponerse|ponerle) (el |la |un |una |su |mi )?(?P<m>cubrebocas|"
         r"cubreboca|mascarilla|mascarillas|tapabocas|barbijo|barbijos)", r"wear \g<m>",
         "usar usa uso usan llevar llevo ponerme ponerse ponerle"),
        # a same-day visit in Spanish ("citas para el mismo dia") is a walk-in, as "same day" above
        (r"(el |del |para el )?mismo dia", "walkin", "mismo"),
        # how to get to the clinic ("como llego a su oficina"), as "how do i get to your office"
        (r"como (llego|llegar|llegamos|llega|le hago para llegar) (a|al|hasta)(?= (la |el |su |sus )?"
         r"(oficina|oficinas|clinica|consultorio|centro|edificio)\b)", "address", "llego llegar llegamos llega"),
        # "rellenar" a prescription is refilling it (not filling in a form)
        (r"rellen\w* (la |mi |mis |las |el |los )?(?P<m>receta|recetas|medicina|medicinas|pastillas|medicamentos?)",
         r"refill \g<m>", "rellenar rellenen rellene rellenan rellenaran rellenarme"),
        # which street the clinic is on asks for the address
        (r"(what|which|wat|que|cual) (street|road|avenue|ave|calle|avenida) (are|r|is|es|esta|estan|do)\b",
         "address", "street road avenue ave calle avenida"),
        # the new date of a moved appointment is a detail: "move her checkup to next week"
        # ...and so is the day a visit is booked for ("schedule a physical for next week", "book an appointment
        # next week")
        (r"(?P<a>(move|moving|push|change|switch|reschedule|postpone|cambiar|mover|book) (\S+ ){0,6}?)"
         r"((to|for|until|till|para|al|a|on) )?((next|this|the following|another|a different|later|el|la|otro|otra|"
         r"proximo|proxima) "
         rf"(week|month|day|time|date|semana|mes|dia|fecha)|(next |this |el )?({_WEEKDAYS}|"
         r"tomorrow|lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana))\b", r"\g<a>",
         "move moving push change switch reschedule postpone cambiar mover book"),
        # late, whatever the reason
        # ...a full car park said beside being late is why, not a parking question ("gonna be late, parking garage
        # full"); alone ("the garage is full, where else can i park") it stays one
        (r"(?<=late)(?P<m>( \S+){0,4}?) (the )?(parking )?(garage|lot|parking|car park)( is| was| s)? (full|packed)",
         rf"\g<m> traffic{QUALIFIED}", "full packed"),
        (r"(the )?(parking )?(garage|lot|parking|car park)( is| was| s)? (full|packed)(?=( \S+){0,6} late\b)",
         f"traffic{QUALIFIED}", "full packed"),
        (r"(hay mucho|mucho|atorad[oa]s? en el|en el|por el) (trafico|trafic|transito)", f"late traffic{QUALIFIED}",
         "trafico trafic transito"),
        (r"(stuck|caught|sitting) in traffic", f"late traffic{QUALIFIED}", "stuck caught sitting"),
        # round 35: some minutes behind or late is late ("running 20 min behind", "gonna be 10 mins late"): the minutes
        # say no more than the lateness does, and running only qualifies it unless the FAQ asks "I'm running late"
        (r"(?P<m>(min|mins|minute|minutes)) behind\b", r"\g<m> late", "behind"),
        (r"(running|runnin|run) (a little |a bit |a little bit )?(?P<l>((like |about |around |maybe |only )?"
         r"(\d+|a few|few|a couple of|a couple|couple|some|five|ten|fifteen|twenty|thirty) )?"
         r"((min|mins|minute|minutes) )?late|behind)\b", rf"running{QUALIFIED} \g<l>", "running runnin run"),
        (rf"running{QUALIFIED} behind", f"running{QUALIFIED} late", "behind"),
        # round 44: a little late is late ("ill be a bit late", "we might be slightly behind", "a few minutes late")
        (r"(a little|a little bit|a bit|slightly|somewhat|kinda|kind of|a few (minutes|mins|min)|few (minutes|mins)|"
         r"some minutes|a couple (of )?(minutes|mins)) (late|behind)\b", "late",
         "little bit slightly somewhat kinda kind few some couple"),
        # ...and a cancellation at the last minute is a late one ("cancel last minute", "cancelling on short notice",
        # "a last-minute cancellation", "cancelar a ultima hora")
        (r"(?P<c>(cancel|cancelling|canceling|cancelled|canceled|cancellation|cancelar|cancelo|cancelamos)"
         r"( \S+){0,4}?) ((at|on|with|a|al|en) )?(the |a |such |very )?(last minute|last second|short notice|"
         r"ultimo momento|ultima hora)",
         r"\g<c> late", "minute second notice momento hora"),
        (r"(last minute|last second|short notice) (?P<c>cancel\w*)", r"late \g<c>", "minute second notice"),
        # a charge for cancelling or not coming is the cancellation fee ("will i be charged if i cancel", "do you
        # charge for no shows", "is there a penalty to cancel", "cobran si cancelo")
        (r"(charge|charges|charging|penalty|penalties|fined|cobran|cobrar|cobra|cobrarian)( me| us| you| anything|"
         r" something| a fee| extra)? (for|to|por) (?P<c>cancel\w*|cancelar|no shows?|missing)|"
         r"(charge|charged|charges|charging|bill|billed|penalty|penalized|fined|cobran|cobrar|cobra|cobrarian)( me| us|"
         r" you| anything| something| a fee| extra)? (if|when|si) (i |we |you )?(?P<d>cancel\w*|cancelar|cancelo|miss|"
         r"falto)", r"fee \g<c>\g<d>",
         "charge charged charges charging bill billed penalty penalties penalized fined cobran cobrar cobra cobrarian"),
        # round 24: held up on the road, however it is called ("stuck on the motorway", "held up on the interstate")
        (r"(stuck|caught|sitting|held up|crawling) (on|in) (the |a )?(motorway|highway|freeway|interstate|expressway|"
         r"turnpike|ring road|roadworks|road works|jam|traffic jam|tailback)", f"late traffic{QUALIFIED}",
         "stuck caught sitting held crawling"),
        # ...a late ride too: "my bus is late, ill be there in 20" (lead 18; it had got the directions answer)
        # (with or without "my": "bus is late, ill be there in 20", lead 21; or a ride that never came)
        (r"((my|the|our) )?(bus|train|ride|uber|lyft|taxi|cab|subway|metro|shuttle|transport|transportation|"
         r"babysitter) ((is|was|s|got|has been|keeps|came) (\w+ ){0,1}(late|delayed|behind|running late|cancelled|"
         r"canceled|not here)|(never came|never showed|didnt come|didnt show|hasnt come|hasnt shown|broke down|"
         r"has not come|has not shown up|did not come|did not show up|has not arrived|hasnt arrived|"
         r"is not here yet))\b",
         f"late traffic{QUALIFIED}",
         "bus train ride uber lyft taxi cab subway metro shuttle transport transportation babysitter"),
        # paying over time is a payment plan ("can i pay my bill over a few months", "split it into payments")
        (r"(pay|paying|split|splitting|spread|spreading) (\w+ ){0,3}(over|in|into|across|across the next) "
         r"(a few |several |two |three |four |six |\d+ |multiple |smaller |monthly |a couple of )?"
         r"(months|payments|installments|instalments|parts|chunks|pieces)\b", "pay installment",
         "pay paying split splitting spread spreading"),
        # the patients' website or app is the portal ("how do i get access to the patient website")
        (r"(patient|patients) (website|web site|site|app|online account|account online)\b", "portal",
         "patient patients website web site app online account"),
        # getting access to the portal is signing up for it ("how do i get access to the patient website")
        (r"(get|gain|getting|request|set up|obtain) (access|acceso) (to|into|for) (the |my |our |el |mi )?"
         r"(?=(portal|mychart|my chart)\b)",
         "register for ", "get gain getting request set obtain access acceso"),
        # records going from or to another doctor are a transfer ("from our old pediatrician")
        (r"from (our|my|his|her|their|the|a|an) (old|previous|former|last|prior|other) "
         r"(pediatrician|doctor|doctors|office|clinic|practice|provider|pcp|dentist|physio|medico|pediatra)\b|"
         r"(del|de mi|de su) ((anterior|antiguo|otro) (doctor|medico|pediatra)|(doctor|medico|pediatra) anterior)\b",
         f"transfer{QUALIFIED}", "old previous former last prior other anterior antiguo otro"),
        # a note proving an absence is an excuse letter ("note for school, she was out sick")
        (r"(was|were|been|be|is|are|stayed|stay|staying|kept|keep) (\w+ )?(out|home|off) (sick|from school|"
         r"from daycare|from work|of school|with|due to|because of)|\babsent|\babsence|"
         r"missed (school|class|work|daycare|days)",
         f"excuse{QUALIFIED}", "out home off absent absence missed"),
        (r"(?P<n>note|letter|notes|letters) (\w+ ){0,3}(saying|stating|that says|to say|proving|to prove|showing) "
         r"(that )?(i|we|he|she|they|my \w+) (was|were|had been) (at|in|out|absent|sick|home|with)\b",
         rf"\g<n> excuse{QUALIFIED}", "note letter notes letters"),
        # notes written at a visit are part of one's records, read or asked for, not a note excusing an absence
        # ("read the doctor's notes from my visit", "my visit notes"); "a doctor's note for work" stays the excuse
        (r"(?<!sick )(?<!excuse )(?:(?:the |my |his |her |our )(?:doctors?|providers?|physicians?|nurses?|drs?|"
         r"therapists?|surgeons?|specialists?) notes|(?:the |my |his |her |our )?notes (?:the |my )?(?:doctor|provider|"
         r"physician|nurse|dr|therapist|surgeon)( \w+)? (?:wrote|took|made|put)|(?:the |my |his |her |our )?notes)"
         r"(?= (?:from|of|about|on|at|for|after) (?:my|the|our|his|her|that|this|a|today|yesterday|last)\b"
         r"(?: \w+){0,2} (?:visit|visits|appointment|appt|checkup|exam|consult|consultation|session|surgery|"
         r"procedure)\b)|(?:visit|appointment|appt|office|clinical|progress|consult|consultation|after visit|"
         r"aftervisit|session|chart) notes\b", "records", "notes"),
        (r"(?:read|see|view|access|look at|looking at|check|review|get|request|copy of|copies of|download|print) "
         r"(?:the |my |his |her |our |all )?(?:doctors |providers |drs |nurses )?notes\b", "see records", "notes"),
        # round 35: an excuse for work or school is the note that excuses the absence ("can i get an excuse for school")
        (r"(an |a |the )?(excuse|excuses)(?= (for|from) (work|school|my job|my work|my boss|class|pe|gym|practice|"
         r"college|daycare|him|her|my (son|daughter|kid|child)))", f"note excuse{QUALIFIED}", "excuse excuses"),
        # a sick or doctor's note excuses an absence: it is the excuse letter another FAQ may ask about
        (r"(?P<n>(sick|doctors|doctor|excuse|absence) (note|notes|letter|letters))", rf"\g<n> excuse{QUALIFIED}",
         "note notes letter letters"),
        # a vaccine record or history is a record whose kind qualifies it ("need my shot records for school"): the
        # records entry answers it, unless the FAQ's own questions name vaccine records
        (r"(vaccine|vaccines|vaccination|vaccinations|shot|shots|immunization|immunizations) (record|records|history)",
         f"vaccine{QUALIFIED} records", "record records history"),
        # what records are for (school, camp, a job) is why they are wanted, not another request: they are records
        (r"(?P<r>records?) for (the |my |his |her |their |a |a new )?(school|schools|camp|daycare|college|university|"
         r"kindergarten|preschool|work|job|sports|team)\b", r"\g<r>", "record records"),
        # round 42: taking the children to or from school is the school run, a ride, not a school form ("drop the
        # kids at school first", "tengo que llevar a mis hijos a la escuela")
        (r"\b(?:take|taking|drop|dropping|drop off|dropping off|pick up|picking up|get|getting) (?:my |the |our )?"
         r"(?:kids|kid|son|daughter|children|child|boys|girls) (?:off )?(?:to|at|from) (?:school|daycare|preschool)\b"
         r"|\b(?:llevar|dejar|recoger) a (?:mis |los |las |mi )?(?:hijos|hijas|hijo|hija|ninos|ninas|nino|nina) "
         r"(?:a|en|de) la (?:escuela|guarderia)\b", "ride", "school daycare preschool escuela guarderia"),
        # round 42: someone taking the writer there is a ride, not something brought ("mi esposo me lleva", "mi hija
        # me va a llevar"); "llevar" alone stays "bring" ("que tengo que llevar")
        (r"\b(?:me|nos) (?:lleva|llevan|va a llevar|van a llevar|puede llevar|pueden llevar|viene a dejar)\b", "ride",
         "lleva llevan llevar dejar"),
        # a baby's or child's scheduled shots, named by an age or a stage ("her 2 month shots", "kindergarten shots"),
        # are one kind of vaccine: an entry naming other kinds (flu, covid) does not answer for them (lead batch 32)
        (rf"(?:(?:\d+|two|four|six|nine|twelve|fifteen|eighteen) (?:month|months|mo|year|years|yr) (?:old )?|"
         rf"age{QUALIFIED} |babys? |babies |infant |infants |kindergarten |preschool |school |childhood |child |"
         r"kids |well child |well baby |routine childhood )(?:shots|vaccines|vaccinations|immunizations)",
         f"age{QUALIFIED} childhood{QUALIFIED} vaccines",
         "shots vaccines vaccinations immunizations"),
        # a vaccine card is the vaccine record
        (r"(vaccine|vaccines|vaccination|shot|shots|immunization|immunizations|vacunas?|vacunacion) (card|cards)|"
         r"(card|cartilla|carnet|tarjeta) de (vacunas|vacunacion)", "vaccine records",
         "card cards cartilla carnet tarjeta"),
        # round 75: feeling bad, said as what may happen ("si me siento mal en la noche", "si se pone malo"), is falling
        # sick, as "si me enfermo" is: the after-hours question, no symptom told
        (r"\b(si|cuando) (me|se|nos|mi \w+ se) (siento|siente|sentimos|sienta|pongo|pone|ponemos|ponga) (mal|malo|mala|"
         r"malita|malito)\b", "si me enfermo", "siento siente sentimos sienta pongo pone ponemos ponga"),
        # "a quien le hablo": whom to call
        # (round 75: as "a quien llamo" says it, whom, so "si me siento mal en la noche, a quien le hablo" is the
        # after-hours question as "a quien llamo" is)
        (r"(a|con) quien (le )?(hablo|marco|hablamos|marcamos)", "a quien llamo", "hablo marco hablamos marcamos"),
        (r"le (hablo|marco)", "call", "hablo marco"),
        # round 15: how patients of a behavioral-health or cardiology clinic put a sparse FAQ's words.
        # Asking whether the clinic is open at some time is the hours question ("r u open on fridays");
        # not "open to new patients"
        (r"(are|r|is) (you|u|ya|yall|you guys|the clinic|the office|your office|it|they)( guys)? (?P<v>open)\b"
         r"(?! to\b)", rf"hours \g<v>{QUALIFIED}", "open"),
        # fees set by income are the sliding scale, however a clinic or patient says it
        (r"sliding (fee |pay |payment )?scales?|(reduced|discounted|lower|income based|reduce) (fees?|rates?|costs?|"
         r"prices?)|(based|depending|depend) on (my |your |our |the |household |family )?income|income based|"
         r"escala (de pagos?|de tarifas|movil|de precios)|(segun|de acuerdo a) (sus |mis |los )?ingresos",
         "slidingscale", "sliding reduced discounted lower income reduce based depending depend escala segun"),
        # paying oneself is paying without insurance ("cost out of pocket", "self-pay rate"), not the plan's
        # out-of-pocket maximum
        (r"(out of pocket|self ?pay|private pay)(?! (max|maximum|maximums|limit)\b)", "pay without insurance",
         "pocket self selfpay private"),
        # clinicians by title are providers ("the nurse practitioner", "my np")
        (r"(nurse practitioners?|physician assistants?|physician associates?|np|nps|aprn)", "doctor",
         "nurse physician np nps aprn"),
        # the kinds of stress test are the stress test ("treadmill test", "nuclear stress test")
        (r"(treadmill|exercise|nuclear|chemical|lexiscan|stress) (stress )?(tests?|echo)|pruebas? de esfuerzo",
         "stress test", "treadmill exercise nuclear chemical lexiscan stress pruebas prueba"),
        # one's own new-patient visit is the first visit ("bring to my new patient visit")
        (r"(?P<my>my|our|his|her|the) new (patient|patients) (visit|appointment|consult|consultation)",
         r"\g<my> first appointment", "new"),
        # giving a device, kit or paper back is returning it ("drop off the monitor", "mail it back")
        (rf"(drop|dropping|dropped) (?P<o>((it|them|this|that|the|my|our|his|her|your) )?"
         rf"((?!({_PEOPLE}|me|us)\b)\w+ ){{0,2}}?)off", r"return \g<o>", "drop dropping dropped"),
        (rf"(send|sending|mail|mailing|ship|shipping|give|giving|bring|bringing) (?P<o>((it|them|this|that|the|my|"
         rf"our|his|her|your) )?((?!({_PEOPLE}|me|us)\b)\w+ ){{0,2}}?)back", r"return \g<o>",
         "send sending mail mailing ship shipping give giving bring bringing"),
        (r"(turn|turning|hand|handing) (it |them )?in", "return", "turn turning hand handing"),
        # "tengo que hacer cita?": whether one is needed
        (r"(tengo|tiene|tenemos|hay) que (hacer|sacar) (una )?cita\b", "appointment", "tengo tiene tenemos hay"),
        # round 16. Whether a plan pays for something asks whether it covers it ("does insurance pay for a wig"),
        # not about a payment: an answer that says what plans cover answers it
        (r"(?P<i>insurance|seguro|aseguranza|medicare|medicaid|my plan) (\w+ )?(pay|pays|paying|cover|covers|covering|"
         r"paga|pagan|cubre|cubren)( for| por)?", r"\g<i> cover",
         "pay pays paying cover covers covering paga pagan cubre cubren"),
        # slides, scans and reports leaving the building are records ("my pathology slides", "scans on a disc")
        (r"(pathology|biopsy) (slides?|reports?|blocks?)|(scans?|images?|imaging|xrays?|mri|ct|films?) (on|in) "
         r"(a |an )?(disc|disk|cd|dvd)s?|(copy|copies|copia|copias) (of |de )(my |mis |the |his |her )?"
         r"(scans?|images?|imaging|xrays?|mri|ct|films?|reports?|chart|slides?)", "records",
         "pathology biopsy disc disk cd dvd copy copies copia copias"),
        # records going to another place are a transfer, however sent ("sent to another hospital")
        (r"(send|sent|sending|transfer|transferred|forward|forwarded|fax|faxed|mail|mailed|enviar|mandar) "
         r"(\w+ ){0,2}?(to|a) (another|a different|other|otro|otra) (hospital|doctor|clinic|"
         r"office|oncologist|specialist|provider|center|cancer center|hospital|medico|clinica)\b",
         f"send{QUALIFIED} transfer{QUALIFIED}", "send sent sending transfer transferred forward forwarded fax faxed "
         "mail mailed enviar mandar"),
        # checking a value at home or oneself is self-testing, its own topic ("inr checked at home with a meter")
        (r"(check|checked|checking|test|tested|testing|measure|measuring|monitor|monitoring|draw|drawing)"
         r"(?P<o>( my| the| his| her)?( \w+){0,2}) (at home|myself|on my own|en casa)\b", r"\g<o> selftest",
         "home myself own casa"),
        # getting rid of a medicine or needle is disposing of it ("throw away old pills", "get rid of needles")
        (r"(throw|throwing|toss|tossing) (\w+ ){0,3}?(away|out)|(get|getting|got) rid of|deshacerme de|"
         r"(tiro|tirar|botar|boto) (las|los|mis|la|el)", "dispose ", "throw throwing toss tossing rid deshacerme tiro "
         "tirar botar boto"),
        # what to do with leftover medicine is how to dispose of it ("what do i do with expired pills")
        (r"(what|que) (do|should|can|hago|puedo hacer) (i |we )?(do )?(with|con) "
         r"(my |the |our |these |this |some |mis |las |los )?"
         r"(?=(old|expired|unused|leftover|extra|vencidas?|vencidos?|caducad[oa]s?) )", "dispose ",
         "what que"),
        # sending medicine to one's home is delivery ("mail my meds to my house", "mandar a mi casa")
        (r"(mail|mailed|mailing|send|sent|ship|shipped|mandar|mandan|enviar|envian) (\w+ ){0,3}?(to|a) (my|our|the|"
         r"mi|su|la) (house|home|address|door|apartment|casa|domicilio)", "deliver",
         "mail mailed mailing send sent ship shipped mandar mandan enviar envian"),
        # someone else collecting for the patient: "can my husband pick up my prescription"
        (rf"({_PEOPLE}|someone else|somebody else|anyone else)( else)? (\w+ ){{0,1}}(pick|picks|picking|get|gets|"
         r"collect|collects) (up )?(?=(my|his|her|our|the|me)\b)", "proxy pickup ", _PEOPLE + "|else"),
        (r"(puede|pueden|podria) (mi (esposo|esposa|hijo|hija|mama|papa|hermano|hermana)|alguien|otra persona) "
         r"(recoger|recogerme|pasar por)|(mi (esposo|esposa|hijo|hija|mama|papa)|alguien|otra persona) (puede|pueden)"
         r" recoger", "proxy pickup", "puede pueden podria mi alguien otra"),
        # a prescription coming over from another pharmacy is a transfer ("switch my scripts over from cvs")
        (r"(switch|switching|move|moving|bring|bringing|pasar|cambiar|traer) (\w+ ){0,3}?(over )?(from|de) "
         r"(a |an |another |other |my |the |otra |la |mi )?(\w+ ){0,2}?(pharmacy|farmacia|cvs|walgreens|walmart)\b",
         "transfer pharmacy", "switch switching move moving bring bringing pasar cambiar traer"),
        # urgent care: taking walk-ins is walk-in care; "make an appt or walk in" asks whether one is needed
        (r"(take|takes|taking|accept|accepts|aceptan|acepta) (walk ?ins?|walkins?)", "walkin",
         "take takes taking accept accepts aceptan acepta"),
        (r"(make|book|schedule|need|get) (an |a )?(appointment|cita) or (\w+ ){0,3}?(walk|come|show) ?in\b",
         "appointment walkin", "appointment cita"),
        # keeping a place in line is checking in ahead ("save my spot online")
        (r"(save|hold|reserve|saving|holding|get|guardar|apartar|aparto|aparta|apartan|apartame|guardo|guardan|"
         r"guardame) (my |a |our |your |mi |un |el )?(spot|place|lugar)"
         r"( in line)?", "check in", "save hold reserve saving holding get guardar apartar aparto aparta apartan "
         "apartame guardo guardan guardame"),
        (r"(at|to|by) (your|ur|yalls|the) place\b", "", "place"),
        (r"drive (thru|through|up)", "drivethru", "drive"),
        # an injury on the job is the work-injury question, not a symptom ("i got hurt at work")
        (r"(got |was |get |been |i )?(hurt|injured|injury|cut|lastime|lastimado|lastimada|herido|herida) (\w+ )?"
         r"(at|on|en) (work|the job|my job|el trabajo|mi trabajo)", "injury work",
         "hurt injured injury cut lastime lastimado lastimada herido herida"),
        (r"(how young|how old|what age|minimum age|que edad|de que edad|a partir de que edad)", f"age{QUALIFIED}",
         "young old age edad"),
        (r"how (fast|quick|quickly)", "how long", "fast quick quickly"),
        # where a place is, is its address ("where is the pharmacy located")
        (r"(where (is|are|r)|wheres|donde (esta|estan|queda)) (the |your |ur |la |el )?(?P<x>pharmacy|lab|laboratory|"
         r"farmacia|laboratorio|urgent care|x ?ray|radiology|imaging)( located| at)?\b", r"address \g<x>",
         "where wheres donde"),
        # a price that is too high is the cost question ("why is my copay so high")
        (r"(?P<c>copay|copays|copago|price|prices|cost|costs|bill|deductible) (is |are |was |got )?(so|too|really|very|"
         r"super) (high|much)", r"\g<c> cost", "high much"),
        # asking whether the clinic handles a minor illness or injury asks what it treats ("do you guys do
        # stitches", "do yall see people for ear infections"); not a test ("do you do strep tests")
        (r"(do|does|can|will) (you|u|ya|yall|you guys|the doctors?)( guys)? (do|treat|handle|fix|see (people|patients|"
         r"kids|adults|someone|anyone) for|take care of|deal with) (a |an )?(?P<x>stitches|cuts?|sprains?|sprained \w+|"
         r"fractures?|broken (bones?|\w+)|burns?|(ear|sinus|urinary tract) infections?|utis?|rashes|rash|colds?|"
         r"sore throats?|pink eye|bug bites?|splinters?|minor injur(y|ies))\b(?! (tests?|testing|testrequest)\b)",
         r"treat \g<x>", "do does can will"),
        # paying cash is paying without insurance ("how much if im paying cash")
        # (a price question's condition; "can i pay cash" alone is for staff)
        (r"(if|when|si) (im |i am |i |we |were |we are |)(paying|pay|pagar|pago|pagando) (in |with |en )?"
         r"(cash|efectivo)|cash (price|prices|rate|rates)|precio en efectivo", "pay without insurance",
         "paying pay pagar pago pagando cash efectivo"),
        # a job asking for a test or form is the employer's request ("my new job needs a drug test", "pre
        # employment screen")
        # (round 73: but a job's insurance is insurance, "my new job's insurance is aetna")
        (r"(?:(?:my|a|the|our) )?(?:new )?(?:jobs?|employers?|works?|companys?) (?:health )?"
         r"(?:insurance|plan|coverage)",
         "insurance", "job jobs employer employers work works company companys"),
        (r"pre ?employment|new hire|(my|a|the) new (jobs?|employers?)|(for|para) (a|my|el|mi) (new )?(job|trabajo)",
         "employer", "pre preemployment employment hire new for para"),
        # the last time one can come in is closing time ("whats the latest i can come in")
        (r"(the )?(latest|last) (time )?(i|we|you|u|one|someone) (can|could) (come|walk|check|get|show)( in| up)?|"
         r"last (check ?in|patient|patients)", "hours close", "latest last"),
        # waiting somewhere else than the waiting room is waiting remotely ("wait at home", "wait in my car")
        (r"(wait|waiting|esperar) (\w+ )?(at home|from home|in (my|the|our) (car|truck)|en (mi )?casa|en el carro)",
         "waitelsewhere", "wait waiting esperar"),
        # "at the same time" asks whether two things go together: a topic only an answer that says so covers
        # (not a time of day that an answer's hours could answer)
        # round 74: a shift, a class or an exam at the same time as the visit is a clash, a reason to move it, not two
        # things had at one visit ("got a shift at the same time as my appt tmrw, how do i push it")
        (r"\b(?P<a>shift|class|exam|midterm|final|game|practice|meeting|interview|lecture|turno|clase|examen) (at|in) "
         r"the same time( as (my|the|our) (appt|appointment|visit))?|\b(?P<b>turno|clase|examen) (a la misma hora|al "
         r"mismo tiempo)( que (mi|la) cita)?", r"\g<a>\g<b>", "same misma mismo"),
        (r"(at|on|in|during) the same (time|visit|appointment)|a la vez|al mismo tiempo", "concurrently",
         "same vez mismo"),
        # round 75: ...said of what one gets ("can i get it the same time as my flu shot"), and one trip for both ("so i
        # only make the one trip", "in one trip", "en un solo viaje"): two things at one visit
        (r"\b(get|have|do|give) (it|them|both|that|those|these|one) the same (time|visit|appointment)|"
         r"\b(so (that )?)?(i|we) (only |just )?(have to |need to |can )?(make|take|do) (the |just |only )?one trip|"
         r"\b(in|on) (the |just |only )?one trip|\b(en )?(un solo viaje|una sola vuelta)", "concurrently",
         "same trip viaje vuelta"),
        # a visitor is a person who comes along ("are visitors allowed in the dialysis room")
        (r"visitors?|visitantes?", "companion", "visitor visitors visitante visitantes"),
        # having one's hearing or eyes checked is the test ("i think i need my hearing checked")
        (r"(?P<x>hearing|ears?|vision|eyes?|eyesight) (checked|tested|evaluated|screened)", r"\g<x> test",
         "checked tested evaluated screened"),
        # cleaning ears out is taking the wax out ("do u clean ears out", "me pueden limpiar los oidos")
        (r"(clean|cleaned|cleaning|flush|flushed|flushing|irrigate|irrigated|irrigation|limpiar|limpien|limpie|"
         r"lavar|laven) (\w+ ){0,2}(ears?|oidos?)( out)?|(ears?|oidos?) (cleaned|flushed|irrigated|limpios?)( out)?",
         "earwax remove", "clean cleaned cleaning flush flushed flushing irrigate irrigated irrigation limpiar limpien "
         "limpie lavar laven ears ear oidos oido"),
        # Spanish "audifonos" at a clinic are hearing aids
        (r"audifonos?|aparatos? (auditivos?|para (el oido|oir|la sordera))", "hearing aid",
         "audifono audifonos aparato aparatos"),
        # a sleep study is a sleep test ("did my sleep test results come back")
        (r"sleep (study|studies)|estudios? (de|del) (sueno|dormir)", "sleep test", "sleep estudio estudios"),
        # the program by its name ("medi-cal"), or "medical" alone as what one has or is taken ("do you take
        # medical", batch 19); "my medical bill" is a bill and a "medical history form" paperwork (round 30)
        (r"medi cal|(?P<v>accept|accepts|accepted|take|takes|taking|have|has|with|on|under|aceptan|acepta|toman|"
         r"tengo|tiene|tienen) medical(?=$| (insurance|plan|coverage|card|too|also|or|and|here|now)\b)",
         r"\g<v> insurance", "medi medical"),
        # where to mail a payment is not where the clinic is ("whats your billing address")
        (r"(billing|mailing|remit|remittance|payment) address|address (to|for) (send|mail|sending|mailing) "
         r"(a |my |the )?(payment|check|cheque)s?|direccion (de|para) (facturacion|pagos?|correo)", "remitaddress",
         "billing mailing remit remittance payment address direccion"),
        # not understanding one's bill is a question about it ("i dont understand my bill"; batch 19), and who to ask
        # about it is the same question ("who i can ask", "who do i call"): the billing office answers both
        (r"(dont|do not|cant|cannot|can not|no|not) understand (my|the|this|that|a|one|our|his|her) (\w+ )?"
         r"(bill|bills|statement|invoice|charges?)\b( (\w+ )?who (i|we|can i|do i|should i) (can |could |should )?"
         r"(ask|call|contact|talk to|speak to|speak with)\b)?", "bill", "understand"),
        # a lot one asks to have is a parking lot, not "a lot" of something ("is there a lot for patients" had the
        # new-patients answer: "lot" alone is a stop word)
        # (only where a place is meant: at the end, or before what it is for or where it is; "is there a lot going on")
        (r"(is there|are there|do you have|do you guys have|you have|have you got|any) (a |any |some )?lots?"
         r"(?=$| (for|near|nearby|close|next|behind|across|by|at|on site|onsite|where|i can|we can|to park)\b)",
         "parking", "lot lots"),
        # a charge for parking is the parking fee, which the parking entry answers ("i got charged for parking"),
        # not a charge on the clinic's bill: read before the charge fold below takes what follows "charged for"
        (r"(charged|billed|charge|charging|paid|pay|had to pay|made me pay|make me pay)( me| us)? (for|at) (the )?"
         r"(parking|garage|parking garage|parking lot|parking deck)\b", "parking",
         "charged billed charge charging paid pay"),
        # a service one had, then whether it was charged, asks about the charge ("i got my flu shot, was i billed
        # yet"): the service is what was billed, as after "charged for" below
        (r"(i|we|he|she|my \w+) (got|had|received|did|went for) (my |a |an |the |our |his |her )?"
         r"((?!(and|but|so|then|was|were|did|have|has)\b)\w+ ){1,3}(and |then |so )?"
         r"(?=(was|were|did|have|has) (i|we|he|she|you|they|it) (been |get |gotten |being )?"
         r"(charged|billed|charge|bill)\b)",
         "", "got had received did went"),
        # having been charged or billed is a billing question, whatever the charge was for: "i was billed for a visit
        # i never had", "why was i charged for a flu shot" (not the flu shot's entry); scope.py still sends a double
        # or disputed charge to staff. What one *will* be charged ("will i be charged if i cancel") asks what a
        # service costs: not here
        (r"(((i|we|he|she|my \w+) (was|were|got|get|have been|ve been|has been|s been|been|just got|keep getting|"
         r"keep being|am being|m being|are being|re being) |(was|were|did) (i|we|he|she) (get )?|why (am|are) (i|we) "
         r"(being |getting )?|(you|u|yall|you guys|they|the clinic|the office|your office) (have |already |just )?)"
         r"(double |over)?(charged|billed)|(did|have) (you|u|yall|you guys|they) (double |over)?(charge|bill))"
         r"( me| us| him| her| my \w+)?( twice| double| two times| 2x| again|"
         r"( more than| over) once)?( for (a |an |the |my |our |his |her |this |that |some )?"
         r"((?!(but|also|or|plus|so|can|how|what|when|where|why|is|do|does|i|we|that|which|if)\b)\w+ ?){1,6})?"
         # ...and a charge for something one never had is the same question ("for a visit i never had")
         r"((that |which )?(i|we|he|she) (never|didnt|did not|havent|have not) (even )?(had|have|get|got|receive|"
         r"received|attend|attended|go to|went to|go|went|order|ordered|ask for|asked for|use|used))?",
         "bill ", "charged billed overcharged charge bill"),
        # a clock time said as a thing one has is the appointment at that time ("cancel my 3pm tomorrow",
        # "cant make my 10 30 on friday"); not a time said as a time ("open at 3pm")
        (rf"(?P<d>my|our|his|her|the|mi|su|la) \d{{1,2}}( \d\d)? ?(am|pm|a m|p m|oclock|o clock)"
         rf"(?= (appointment|appointments|visit|cita|tomorrow|today|tonight|on|with|this|next|please|for|at|de|con|"
         rf"{_WEEKDAYS}|manana|hoy)\b|$)", r"\g<d> appointment", "my our his her the mi su la"),
        # the kind of an appointment named before it only qualifies it, unless the FAQ asks about that kind
        # ("reschedule my ob appointment", "cancel her eye appointment")
        (r"(?P<d>my|our|his|her|their|your|the|an|a|next|mi|su|sus|mis) (?P<x>(?!(new|next|first|last|this|that|"
         r"appointment|visit|cita|and|or)\b)[a-z]+) (?P<a>appointment|appointments|visit|visits)\b",
         rf"\g<d> \g<x>{QUALIFIED} \g<a>", "appointment appointments visit visits"),
        # paying a copay or a balance is paying a bill ("can i pay my copay online")
        (r"(?P<p>pay|paying|pagar|pago) (my |the |a |your |mi |el |su )?(copay|copays|copago|copagos|deductible|"
         r"coinsurance|balance|saldo)\b", r"\g<p> bill", "pay paying pagar pago"),
        # a new prescription of one's own medicine in Spanish is a refill ("necesito una receta nueva de mi
        # medicina", "otra receta para mis pastillas"); for a new medicine it is not (as "new prescription for")
        (r"(una |otra )?((nueva|otra) receta|receta nueva)(?= (de|para|del) (mi|mis|su|sus)\b|$)", "refill receta",
         "nueva otra receta"),
        # a device that stops working, leaks or makes a noise is a repair request ("my cpap stopped working",
        # "hearing aid keeps whistling", "mi maquina no prende"); not a person who is not working ("im not
        # working right now"), and never "broke" (a bone, waters)
        (r"(?<!\bim )(?<!\bi am )(?<!\bi )(?<!\bwe )(?<!\bhe )(?<!\bshe )"
         r"(stopped|stops|quit|quits|not|isnt|wont|doesnt|aint) "
         r"(working|work|works|turning on|turn on|turns on|powering on|power on|charging|charge|blowing)\b( right)?|"
         r"no (funciona|prende|enciende|sirve|carga)|dejo de (funcionar|servir|prender)|se (descompuso|apago)|"
         r"(making|makes|make) (a |an )?(weird|strange|funny|loud|odd|buzzing|beeping|whistling)? ?(noise|noises|sound|"
         r"sounds)|(keeps|is|its|are|started|starts) (leaking|whistling|squealing|beeping)|(leaks|leaking|whistles|"
         r"whistling)$|blowing too (hard|much|strong)", "repair",
         "stopped stops quit quits not isnt wont doesnt aint no dejo se making makes make keeps is its are started "
         "starts leaks leaking whistles whistling blowing"),
        # changing a device's pressure or settings is no reschedule ("can you change the pressure")
        (r"(change|changing|adjust|adjusting|lower|lowering|raise|raising|turn (up|down)|cambiar|ajustar|bajar|subir)"
         r" (the |my |its |his |her |la |el |mi )?(pressure|pressures|setting|settings|airflow|volume|presion|"
         r"configuracion|volumen)\b", "setting", "change changing adjust adjusting lower lowering raise raising turn "
         "cambiar ajustar bajar subir"),
        # hours of use are not office hours ("how many hours a night do i have to use it")
        (r"(how many|cuantas|\d+) (hours?|horas?)( a| per| each| every| por| al| cada)? (night|day|noche|dia)",
         "use night", "hours hour horas hora"),
        (r"(how many|cuantas|\d+) (hours?|horas?) (?=((do|does|should|must|will|would|can) )?((i|you|we|he|she) )?"
         r"((have|need|got) to )?(use|using|wear|wearing|sleep|usar|uso|usarla|usarlo)\b)", "",
         "hours hour horas hora"),
        # being in a plan's network is a question about insurance ("is united healthcare in network")
        (r"(in|out of|out|fuera de|dentro de) (the |your |their |su )?(network|red)|in-network|united ?health ?care|"
         r"blue ?cross( blue ?shield)?", "insurance", "in out fuera dentro united unitedhealthcare blue bluecross"),
        # nails in Spanish: "uñas" loses its tilde and becomes the article "unas", so it is read after a possessive
        # or an article ("cortan las uñas", "mis unas de los pies"); of the feet they are toenails
        (r"(?<!\ba )((las|mis|sus|tus|nuestras|mi|su|tu|la) )?unas? (de (los|las|mis|sus) pies|del pie)", "toenail",
         "unas una"),
        (r"(?<!\ba )(las|mis|sus|tus|nuestras) unas|(mi|su|tu) una (?=(del?|encarnada|enterrada|gruesa|negra|"
         r"amarilla)\b)", "nail", "unas una"),
        # round 19: forgetting a shot, a treatment or a visit is missing it ("forgot my b12 injection last week");
        # not a password or a thing left behind
        # ("miss" itself is a stopword: "miss jones")
        (r"(forgot|forget|forgetting|olvide|se me olvido)( to (come|go) (in )?(for|to)| (ir|venir) a)?"
         r"(?= (my |the |his |her |our |a |mi |la |el )?(\w+ )?(shot|shots|injection|injections|appointment|"
         r"treatment|treatments|session|sessions|visit|infusion|vacuna|inyeccion|cita|tratamiento)\b)",
         "missed", "forgot forget forgetting olvide olvido"),
        # round 19: taking a medicine is not a plan being accepted ("can i take my normal meds the night before")
        # (a medicine by name stays: "can i take ibuprofen after…" asks about that medicine)
        (r"(take|takes|taking|took) (my |his |her |your |the |their |all my |all )?(usual |normal |regular |daily |"
         r"morning |night |nightly |bedtime |evening )?(?=(meds|medications?|medicines?|pills)\b)", "",
         "take takes taking took"),
        # round 20: Spanish "tomar" is to drink before a drink ("puedo tomar cafe/te") and nothing of its own before
        # a medicine ("tomar mis pastillas"), as "take" is; "dejar" a medicine is stopping it
        (r"(tomar|tomo|toma|tomas|tomamos|beber|bebo|bebe)(?= (un |una |el |la |mi |algo de |mucha |mucho )?"
         r"(cafe|te|tea|agua|jugo|leche|refresco|soda|alcohol|cerveza|vino|liquidos?|caldo|gatorade|bebidas?)\b)",
         "drink", "tomar tomo toma tomas tomamos beber bebo bebe"),
        (r"(?<=drink )(un |una |el |la |mi |algo de )?te", "tea", "drink"),
        (r"(tomar|tomo|toma|tomas|tomamos)(?= (mi |mis |la |las |el |los |su |sus )?(\w+ )?(medicinas?|"
         r"medicamentos?|pastillas?|pildoras?|insulina|aspirina|vitaminas?)\b)", "",
         "tomar tomo toma tomas tomamos"),
        (r"(dejar|dejo|deje|suspender|suspendo|suspendo|parar|paro)( de tomar)?(?= (mi |mis |la |las |el |los |su |"
         r"sus )?(\w+ )?(medicinas?|medicamentos?|pastillas?|pildoras?|anticoagulantes?|insulina|aspirina|hierro|"
         r"vitaminas?|suplementos?)\b)", "stop", "dejar dejo deje suspender suspendo parar paro"),
        # the epinephrine pen in two words ("my epi pens expired")
        (r"epi ?pens?", "epipen", "epi epipens"),
        # round 23 (endocrinology): a device's or a measure's numbers are its readings, the data a clinic asks to
        # have uploaded, not a phone number ("send you my dexcom numbers", "my sugar readings")
        (r"(?P<d>sugar|sugars|glucose|bg|blood sugar|blood sugars|cgm|dexcom|libre|meter|glucometer|pump|device|bp|"
         r"blood pressure) (numbers|readings|reading|logs)\b", r"\g<d> data", "numbers readings reading logs"),
        # the Libre is a CGM when it is someone's device ("use the libre", "my freestyle libre"), not Spanish "libre"
        (r"(?P<p>the|my|his|her|a|new|our) (freestyle )?libre( 2| 3| sensors?| reader)?", r"\g<p> cgm", "libre"),
        # being shown how to use something is being taught it ("who shows me how to put the sensor on")
        (r"(show|shows|showing|showed) (me|us|him|her|them|you|people|patients|my \w+) how( to)?", "train",
         "show shows showing showed"),
        # the on-call doctor is who answers after hours ("whats the number for the on call doctor")
        (r"on ?-?call( (doctor|dr|doc|nurse|provider|physician|line|service|person|number|\w+ist))?", "night",
         "on oncall"),
        # "endo" is short for the endocrinologist when said of a person one sees ("see an endo", "my endo retired");
        # alone it may be endometriosis or an endoscopy, so it is left alone
        (r"(?P<v>see|seeing|saw|an|new) endo", r"\g<v> endocrinologist", "endo"),
        (r"endo(?= (doctor|dr|doc|specialist|clinic|office|practice|retired|left|moved|referred|wants|said|told)\b)",
         "endocrinologist", "endo"),
        # being set up on a device, or getting started on it, is starting it ("get set up on an omnipod")
        (r"(get|got|getting|be|been|being) set ?up (on|with)\b", "start", "set setup"),
        # setting up a plan or an account is getting one ("can i set up a payment plan"); a visit keeps its rules
        (r"(?P<v>can i|could i|can we|how do i|how can i|want to|need to|like to) set ?up (?=(a|an|my) (\w+ )?"
         r"(plan|account|installment)\b)", r"\g<v> get ", "set setup"),
        # a mobility aid the building must let in is the accessibility question ("accessible for a walker",
        # "can i get in with my walker"), not a walker to buy or rent
        (r"(accessible|access|accessibility) (for|with|to) (a |an |my |his |her |our |the |someone with a )?"
         r"(walker|walkers|cane|canes|rollator|rollators|scooter|scooters|crutches)\b|"
         r"(walker|cane|rollator|scooter|crutch|crutches) (accessible|friendly)\b", "accessible",
         "accessible access accessibility walker cane rollator scooter crutch crutches"),
        (r"(?P<g>(get|come|go|getting|coming|go) (in|inside|around|there|into the building)) (with|using|on) "
         r"(a |an |my |his |her |our )?(walker|rollator|cane|scooter|crutches)\b", r"\g<g> with a wheelchair",
         "walker rollator cane scooter crutches"),
        # lead batch 21: being sent to a specialist is being referred ("how do i get sent to a cardiologist")
        (r"(get|getting|be|being|got) sent (over )?to (a|an|the|see a|see an) "
         r"(?=\w+(ist|ists|specialist|doctor|clinic)\b)",
         "get referred to a ", "sent"),
        # signing a form is the form question ("can dr smith sign my fmla paperwork")
        (r"(sign|signs|signing|sign off on) (my|his|her|our|the|a|an|this|these|some) (\w+ ){0,2}"
         r"(form|forms|paperwork|papers|letter|note)\b", "complete form", "sign signs signing off papers"),
        # medicine containers are one's medicines ("should i bring my pill bottles to the visit")
        (r"(pill|pills|medicine|medication|med|meds|prescription) (bottles?|containers?|boxes|bags?|organizers?)\b",
         "medications", "bottles bottle containers container boxes bags bag organizer organizers"),
        # stairs one cannot manage ask for the lift ("do you have an elevator, my mom cant do stairs")
        (r"(cant|can not|cannot|unable to|not able to|hard to|trouble|struggles? (with|to)|no puede subir) "
         r"(do|climb|manage|walk up|use|go up|get up|handle)? ?(the )?(stairs|steps|escaleras)\b", "elevator",
         "stairs steps escaleras climb manage"),
        # getting in to see someone is booking ("can i get in to see dr lee soon")
        (r"(can|could|how (do|can)) (i|we|he|she|my \w+) (get|squeeze|fit) (me |us |him |her )?in (to see|with)\b"
         r"(?! (a|an|the) (\w+ist|specialist)\b)",
         "can i book appointment with", "get squeeze fit"),
        # lead batch 22: which part of town is where the clinic is ("what part of town are you in")
        (r"(what|which) (part|area|side|end|neighborhood|neighbourhood) of (town|the city|the county|city)",
         "where located", "part area side end neighborhood neighbourhood town city county"),
        # who a letter or form is for only qualifies it ("a letter for my landlord from the doctor")
        (r"(?P<d>letter|letters|note|notes|form|forms|paperwork) (for|to) (my |the |our |his |her )?"
         r"(landlord|landlady|employer|boss|job|school|college|university|court|judge|lawyer|attorney|airline|gym|"
         r"housing|apartment|dmv|daycare|camp|union|probation officer)\b", r"\g<d>",
         "landlord landlady employer boss job school college university court judge lawyer attorney airline gym "
         "housing apartment dmv daycare camp union probation officer"),
        # round 68: ...and who hands out day work or oversees a release ("a doctor's note for the temp agency", "a
        # letter for my parole officer"), a doctor's or sick note's excuse mark kept
        (rf"(?P<d>(?:letter|letters|note|notes|form|forms|paperwork)(?: excuse{QUALIFIED})?) (?:for|to) "
         r"(?:my |the |our |his |her )?(?:(?:temp |staffing )?agency|temp job|parole officer|case ?worker|recruiter)\b",
         r"\g<d>",
         "agency temp parole caseworker worker recruiter"),
        # round 26 (test14, indirect phrasing): the situation a patient describes, folded to what it asks.
        # A schedule constraint only says when the writer is free ("stuck at work till 5", "my shift ends at
        # noon", "on my lunch break"): the question is whether the clinic is open then
        (r"(stuck|be|am|im|i am|still) at (work|my job|school|class)|(get|getting|gets|got) (off|out of) (work|my job|"
         r"my shift|school|class)|(leave|leaving|finish|finishing|out of) (work|my job|my shift|school|class)|"
         r"my (shift|work|class|classes|job|workday) (ends|finishes|is over|gets out|lets out|starts)|"
         r"(on|during) my lunch( break| hour)?|lunch (break|hour)", "when", "stuck be am im at get getting gets got "
         "leave leaving finish finishing out my on during lunch"),
        # whether someone will be in at a time is whether the clinic is open ("is anyone still there after 5",
        # "would somebody be there then"); a bare "is anyone there" is not asked about a time
        (r"(is|will|would|are|r) (anyone|anybody|someone|somebody|people|staff|any staff|you|u|yall|you guys) "
         r"(still )?(gonna |going to )?(be )?(still )?(there|around|in the office|at the office|at the clinic)"
         r"(?= (then|after|before|at|on|by|until|till|early|that early|that late|late|past|around|this|next)\b)",
         "open", "is will would are r"),
        (r"before (you|u|ya|yall|you guys|the clinic|the office|it|they|the doors?) (guys )?(close|closes|shut|"
         r"shuts|lock up|locks up|close up|closing)\b", "hours", "before"),
        (r"(are|r|is) (you|u|ya|yall|you guys|the clinic|the office|everyone|everybody) (guys )?off\b", "closed",
         "off"),
        # money a patient owes is the bill; splitting or spreading it out is a payment plan
        (r"(split|break|spread) (it|this|that|up|(the|my|this|that) (bill|balance|cost|payment|amount|charges?))"
         r"( up| out)?", "payment plan", "split break spread"),
        # a pharmacy still waiting, or told nothing came, is a refill not yet sent ("cvs says they never got it",
        # "the pharmacy is waiting on the doctor"); being down to the last pills is the moment to ask for one
        (r"(?P<p>pharmacy|pharmacist|chemist) (\w+ ){0,3}(never (got|received|gotten)|(didnt|did not|hasnt|has not|"
         r"havent|have not|still (hasnt|havent)) (get|got|received|gotten|heard)|(is|are|still|keeps|keep) "
         r"(still )?waiting)", r"\g<p> refill", "never didnt did hasnt has havent have waiting"),
        # (round 79: the medicine named before its form, worn or pumped too: "down to my last 2 estradiol patches")
        (r"(down to|on) (my|the) last (\d+ |few |couple |two |three |one )?(of my )?(\w+ )?(pills?|doses?|tablets?|"
         r"capsules?|pens?|vials?|bottle|inhaler|refill|meds|medication|patch|patches|pumps?|syringes?)\b", "refill",
         "last"),
        # a history or file a new doctor wants is one's records ("my new doctor wants my history")
        (r"(my|his|her|our|their) (medical |health |whole |complete |full |patient )?(history|file|files)\b"
         r"(?! of\b)", "records", "history file files"),
        # moving away is the backstory of a records or transfer request, not moving an appointment
        (r"(im|i am|we are|were|i will be|we will be|im going to be) moving(?= (away|out|to|and|next|soon|back|"
         r"across|states?)\b|$)", "", "moving"),
        # ...and having just moved here is the backstory of becoming a patient, said as non-native writers say it
        # ("i just move here from brazil", batch 19): not moving an appointment, and the country asks nothing
        (r"(me|nos) (acabo de|acabamos de|recien) (mudar|mude|mudamos)|(me|nos) (mude|mudamos)( aqui| aca| al area)?"
         r"|acabo de mudarme|acabamos de mudarnos", "", "acabo acabamos recien mude mudamos mudarme mudarnos"),
        (r"(i|we) (just |recently |newly )(move|moved)(( here| to (this|the) (city|area|country|town|state|us|usa))"
         r"( from \w+)?| from \w+)\b", "", "move moved"),
        # a mobility aid someone uses raises the access question a wheelchair does ("my dad uses a walker")
        (r"(uses|use|using|needs|on|with) (a |an |his |her |my |their )?"
         r"(walker|rollator|cane|crutches|mobility scooter)\b", "wheelchair", "walker rollator cane crutches scooter"),
        # a new doctor asking for one's records is a transfer ("my new dentist needs my file")
        (r"(my |our |the )?new (doctor|dentist|clinic|provider|practice|specialist|office|physician|pcp|gp|"
         r"pediatrician)( in \w+)? (wants|needs|asked for|is asking for|requested|requests) (my|our|his|her) records",
         "transfer records", "records"),
        # what records are wanted for is backstory: "all my records for a disability claim" is a records request, not
        # the disability form ("fill out my disability claim form" has no records before it)
        (r"(?P<r>records|record|chart|charts|file|files|expediente|historial) "
         r"(for|to send to|to give to|for use in|para) (a |an |my |the |our |his |her |their |mi |un |una |el |la )?"
         r"(\w+ ){0,3}(claim|claims|case|application|"
         r"applications|hearing|appeal|lawsuit|lawyer|attorney|reclamo|caso|abogado|demanda)\b", r"\g<r>",
         "records record chart charts file files expediente historial"),
        # setting up the portal is signing up for it ("how do i set up my mychart")
        (r"set ?up (my |a |an |the |our )?(?=(portal|mychart)\b)", "register ", "set setup"),
        # the clinic named as the subject is "you" ("does the clinic provide interpreters")
        (r"(?:(?<=does )|(?<=will )|(?<=can ))(the|your|ur) (clinic|office|practice)"
         r"(?= (have|provide|offer|do|give|take|accept)\b)",
         "you", "clinic office practice"),
        # a real person is someone ("the number to reach a real person")
        (r"(a )?(real|live|actual) (person|human|human being)\b", "someone", "real live actual"),
        # a visit without coming in is a remote visit ("do it from my phone instead of driving in")
        (r"instead of (coming|driving|going|traveling|travelling|having to (come|drive|go))( all the way)?"
         r"( in| there| over| down| to the (clinic|office))?", "virtual", "instead"),
        (r"(do|have|join|take) (it|this|that|the (visit|appointment|appt)|my (\w+ )?(visit|appointment|appt|followup|"
         r"follow up|checkup)) (from|at) (home|my (phone|house|couch|computer|laptop|bed))", "virtual visit",
         "home phone house couch computer laptop bed"),
        (r"(i |we )?live (\w+ ){0,2}(hours?|hrs|miles|mi|minutes|mins) (away|from (you|the clinic|the office|here))",
         "", "live"),
        # an account on the clinic's website or app is the portal account
        (r"(online|web|website|app) (account|profile|login)", "portal account", "online web website app"),
        (r"(app|apps|website|site|online|web) (\w+ ){0,3}(see|view|check|access|look at|read) (my|our) (stuff|info|"
         r"information|records|chart|results|labs|notes|messages)\b", "portal", "app apps website site online web"),
        (r"(message|email|text|write to|send a message to) (my |the |a |your )?(doctor|doc|dr|provider|nurse|"
         r"care team)( \w+)? (online|through the (website|app|portal)|on the (app|website|portal))",
         "portal message", "online through on"),
        # being seen today is a same-day visit; calling first is making an appointment
        (r"(be|being|get|getting) seen (today|this (morning|afternoon|evening)|now|right away|same day)", "walkin",
         "seen"),
        (r"call (first|ahead|beforehand)", "appointment", "call"),
        # a retired or departed doctor means finding a new one; taking anyone is accepting new patients
        (r"(my|our) (old |previous |last |family |regular |usual )?(doctor|doc|pcp|physician|provider|gp|"
         r"pediatrician) (retired|left|moved|quit|closed|is retiring|stopped practicing)", "new patient",
         "retired left moved quit closed retiring stopped"),
        (r"(taking|accepting|take|accept) (anyone|anybody|people|new people|new folks|new ones)( new)?\b",
         "accept new patient", "anyone anybody people new"),
        # someone who signs is a sign language interpreter ("can you have someone who signs")
        (r"(someone|somebody|anyone|a person|staff|a staff member) (who|that|to) (can )?signs?\b|\bsigners?\b",
         "interpreter", "signs sign signer signers"),
        # what to have with one is what to bring; asking whether a card or id is needed is the same
        (r"(have|keep) with (me|us|him|her|them)\b", "bring", "with"),
        (r"do (i|we) need (to have |to bring )?(my|our|a|an|the) (?P<t>(insurance |photo |id )?(card|cards|id|ids|"
         r"license|documents?|paperwork))\b", r"bring \g<t>", "card cards id ids license document documents"),
        # going through one's doctor first is a referral
        (r"(go|going|come|get) through (you|u|ya|yall|my (doctor|doc|pcp|gp|provider)|the (doctor|clinic|office)) "
         r"(first|beforehand)", "referral", "through"),
        (r"(paperwork|papers|a form|a note|approval|permission|something) (from (you|u|my doctor|my pcp|the doctor) )?"
         r"(to|before i can|so i can|in order to) see (a|an|the)\b", "referral to see a", "paperwork papers form note "
         "approval permission something"),
        # not having heard about a result is waiting for it; knowing what a test showed is its result
        (r"(havent|have not|didnt|did not|not|never) heard (anything|a thing|a word|back|nothing)|"
         r"(know|found|learn|see) what (my|the) (\w+ ){0,2}(showed|shows|said|says|found)", f"result{QUALIFIED} back",
         "heard know found learn see"),
        # round 79: a doctor named by the field of sport or the bones is a specialist ("do I need a referral to see a
        # sports med doctor for my shoulder?", "a bone doctor"), as an orthopedist is
        (r"\b(sports medicine|sports med|sports|bone|orthopedic|orthopaedic|ortho) (doctor|doctors|doc|docs|dr|"
         r"physician|physicians)\b", "specialist", "doctor doctors doc docs dr physician physicians"),
        # round 80: and low vision's specialist, clinic or center ("how do i get a referral to the low vision
        # specialist?"; the lead's batch 62); "my low vision is getting worse" is no place
        (r"\blow vision (specialist|specialists|doctor|doctors|doc|dr|clinic|clinics|center|centers|centre|"
         r"program|services)\b", "specialist", "vision"),
        # batch 19 (non-native English): "the paper" for a specialist is the referral ("la orden", "o papel"), said
        # with "for go to" or "to see"; only before a specialist or a doctor, so a paper to see results stays out
        (r"(the |a )?paper (from (you|u|my doctor|the doctor) )?(for|to|so i can|for to)( go( to)?| see| visit)? "
         rf"(a |an |the )?(?=(\w+ )?(specialist|specialists|{'|'.join(_SPECIALISTS.split())})\b)",
         "referral to see a ", "paper"),
        # coffee or a meal before a draw is eating before a blood test
        (r"(have|drink|eat) (my |a |some |any )?(coffee|tea|breakfast|snack|juice|food|meal)( first| beforehand)",
         "eat before", "first beforehand"),
        # skipping a meal before a test is fasting for it ("should i skip breakfast before my lab draw")
        (r"(skip|skipping|go without|going without|hold off on|not have|not eat) (my |the |any |a )?"
         r"(breakfast|lunch|dinner|supper|meals?|eating|food)"
         r"(?= (before|prior to|for|the morning of) (my |the |a |an |your )?"
         # (a lipid or cholesterol panel is a blood test too: "skip breakfast before my lipid panel"; batch 21)
         r"(\w+ )?(lab|labs|blood|bloodwork|draw|blood test|lab test|fasting|panel|cholesterol|glucose)\b)", "fast",
         "skip skipping go going hold not"),
        # another day instead of the booked one is a move ("can i do friday instead of tuesday")
        (rf"instead of (on )?(a )?({_WEEKDAYS}|tomorrow|today|next week|this week|the \d+(st|nd|rd|th)?)",
         "reschedule", "instead"),
        (r"(wont|dont|will not|do not|no longer) (be )?need(ing)? (my|the|our|that|this) (appointment|appt|visit)",
         "cancel appointment", "need needing"),
        # a parking meter, and a stamp for the garage ticket, are parking
        # (round 79: and the street's, "do I have to feed street meters?")
        (r"(feed|pay)( a| the)?( street)? meters?|(street|parking) meters?|meter parking", "parking",
         "feed pay parking meter meters"),
        (r"(stamp|stamped|validate|validated|validation) (my |the |a |our )?(parking |garage )?(ticket|stub)",
         "parking validation", "stamp stamped validate validated validation"),
        # someone to look at a problem, or a place on a doctor's calendar, is an appointment
        (r"((have|get) (someone|somebody|a doctor|the doctor|a doc|the doc) (to )?|(can|could|would|will) (someone|"
         r"somebody|a doctor|the doctor|a doc|the doc|you) )(look at|check out|take a look at) "
         r"(it|this|that|my \w+)", "book appointment", "look check take"),
        (r"(can|could|how do|how can) (i|we|you) (get|put) (me |us )?on (\w+ ){0,2}(calendar|schedule|books)",
         "book appointment", "calendar schedule books"),
        (r"(soonest|earliest|next) (available|opening|openings|slot|slots|spot|spots)( appointment| appt| visit)?",
         "book appointment", "soonest earliest next"),
        # lead batch 26: polite and formal phrasings of routine requests.
        # "is there somewhere i can" asks where one can ("is there somewhere i can leave my car")
        (r"is there (somewhere|anywhere|someplace|any place|a place|a spot)(?P<o> online| nearby| close by)? "
         r"((i|we) (can|could|may|should)|to)\b", r"where\g<o> can i", "somewhere anywhere someplace place spot"),
        # being seen while something happens is when, not what ("...leave my car while im seen")
        (r"while (i am|im|we are|were|he is|hes|she is|shes|they are|theyre|my \w+ is) (being )?(seen|in (my|the|his|"
         r"her) (appointment|appt|visit)|at (my|the|his|her) (appointment|appt|visit)|with the (doctor|provider))\b",
         "", "while"),
        # ...and so is coming to the visit, said without "the" ("where i can leave my car when i come to doctor";
        # batch 19)
        (r"(when|while) (i|we) (come|go|am|get|arrive) (to|at|for) (the |my |a )?(doctor|clinic|appointment|appt|visit|"
         r"office)\b", "", "when while"),
        # a clash with an appointment, or another day for it, is moving it ("i have a conflict with my friday
        # appointment and need a different day")
        (r"(a |an )?(scheduling |schedule |work |time )?(conflict|clash) (with|on|for) (my|the|our|his|her|this|that) "
         r"(\S+ ){0,2}(appointment|appt|visit|cita)s?\b|"
         r"(my|the|our|his|her) (\S+ ){0,2}(appointment|appt|visit)( \S+){0,2} "
         r"(conflicts|clashes) with\b", "reschedule appointment", "conflict clash conflicts clashes"),
        (r"(need|want|would like|like|prefer|have to pick|pick) (a |an )?(different|another|other) (day|date|time|week)"
         r"(?= for (it|my|the|our|his|her)\b| instead\b|$)", "reschedule", "different another other"),
        # a doctor having looked at a test is its result being back ("has my doctor reviewed my x-ray yet")
        (r"(has|have|did|had) (my |the |our |his |her )?(doctor|doc|provider|nurse|physician|dr) (xnamex )?"
         r"(reviewed|review|looked at|look at|looked over|look over|gone over|go over|went over|read|checked|check) "
         r"(?=(my|the|his|her|our) (\w+ ){0,2}(xray|xrays|scan|scans|mri|ct|ultrasound|lab|labs|bloodwork|result|"
         r"results|test|tests|imaging|mammogram|biopsy|echo|ekg|ecg)\b)", f"result{QUALIFIED} back ",
         "has have did had"),
        # saying a question is answered is a thank-you ("thanks, that answers my question")
        (r"(that|this|which|you|it) (answers|answered|covers|covered|solves|solved|clears|cleared|helps|helped)"
         r"( (it|that|things|everything|all))?( up)?( (my|the|all my) questions?)?(?= (thanks|thank|so|very|ok|okay|"
         r"great|perfect|much|a lot|alot|lots|tons)\b|$)", "thanks",
         "answers answered covers covered solves solved clears cleared helps helped"),
        # entering the portal in Spanish is getting on it, as in English ("como entro al portal"); not being able to
        # is a login problem
        (r"(?<!no puedo )(?<!no pude )(?<!no me deja )(?<!no podemos )(entro|entrar|ingreso|ingresar|accedo|acceder|"
         r"meterme|me meto|entramos)( a| al| en| en el| a mi| en mi)? (?=portal|mychart)", "register ",
         "entro entrar ingreso ingresar accedo acceder meterme meto entramos"),
        # batch 19 (non-native English): entering the portal is getting on it ("how i enter in the portal"), as in
        # Spanish above; the portal not letting one in is a login problem ("the portal no let me enter")
        (r"(?<!cant )(?<!cannot )(?<!can not )(?<!not )(?<!no )(?<!unable to )(?<!couldnt )(enter|entering)"
         r"( in| into| to| on)?( the| my| your| ur| our)? (?=portal|mychart)", "register ", "enter entering"),
        (r"(no|not|dont|doesnt|wont|will not|does not|do not|cant) (let|letting|allow|allowing) (me|us) (to )?"
         r"(enter|entering|in|get in|go in|log in|sign in)\b", "login", "let letting allow allowing"),
        # a car or a bus for patients is a ride the clinic would provide, not directions or becoming a patient
        # ("do you have a car for patients"); an FAQ that offers rides answers it as transportation
        (r"(cars?|bus|buses|vans?|shuttles?|taxis?|rides?|drivers?|transport)( service)? "
         r"(for|to take|to bring|to pick up|that picks up|to carry) (the )?"
         r"(patients?|people|seniors|elderly|old people)\b|"
         r"(send|have|give|provide|offer) (me |us )?(a |an )?(car|van|taxi|ride|driver|shuttle|bus|transport) "
         r"(to )?(pick|take|bring|get|carry)\b", "transportation",
         "car cars bus buses van vans shuttle shuttles taxi taxis ride rides driver drivers transport"),
        # round 35: having records or results printed is asking for a copy of them ("my immunization history printed
        # out", "a printout of my labs")
        (r"(?P<r>records?|history|chart|results?)( \w+)? (printed|printed out|print out|printout)\b",
         r"copy \g<r>", "printed print printout"),
        (r"(a |an )?(printout|print out|hard copy|paper copy|printed copy) (of )?(?=(my|the|his|her|our|their) )",
         "copy of ", "printout print hard paper printed"),
        # round 41 (audiology, pulmonology, Spanish admin words): "entre semana" is on weekdays (the speller may
        # already have made "entre" an FAQ's "enter"); "forma" is a form when it is a paper, not a way ("la forma
        # de pago", "de que forma"); a drug screen by its Spanish names; "cuanto sale" asks the price
        (r"(entre|enter) (la )?semana", "weekday", "entre enter"),
        (r"(?P<p>(la|una|unas|las|esta|esa|estas|esas|mi|mis|su|sus|llenar|llene|llenen|firmar|firme|firmen) )"
         r"formas?\b(?! (de|para) (pago|pagar|llegar|ir|hacer|contactar|comunicarme|reservar|agendar)\b)",
         r"\g<p>form", "forma formas"),
        (r"antidoping|antidopaje|(prueba|pruebas|examen|examenes|analisis) (de|del|para) (drogas?|antidoping)",
         "drug test", "antidoping antidopaje droga drogas"),
        (r"cuanto (sale|salen)", "cuanto cuesta", "sale salen"),
        # "oido" is the ear and the hearing: its exam is a hearing test; devices "para oir" are hearing aids
        (r"(examen|examenes|prueba|pruebas|evaluacion|estudio) (del |de los |de )?(oido|oidos)", "prueba de audicion",
         "oido oidos"),
        (r"aparatos? (para |de )?(oir|escuchar|la sordera|sordera|el oido|los oidos)|aparatos? auditivos?",
         "audifonos", "aparato aparatos"),
        # papers to fill in or sign are forms ("llene unos papeles"); papers to bring stay documents
        (r"(llenar|llene|llenen|llenarme|firmar|firme|firmen|firmarme) (\w+ ){0,2}papeles", "fill form",
         "papeles"),
        # the instructions before a test are its preparation ("any instructions for my bronchoscopy?")
        (r"(instructions?|instrucciones|indicaciones)(?= (for|before|prior|para|antes)\b)|(any|special|algunas) "
         r"(instructions?|instrucciones|indicaciones)", "prepare",
         "instruction instructions instrucciones indicaciones"),
        # being close to or next to a place is where it is, not closing time ("parking close to the entrance")
        (r"(close|closer|closest|next|right next) (to|by)", "near", "close closer closest next"),
        # plugs for the ears are earplugs, in either language ("musicians ear plugs", "tapones para los oidos")
        (r"ear plugs?|tapon(es)? (para |de )?(los |el |las |la )?(oidos?|orejas?)", "earplugs", "ear tapon tapones"),
        (r"(stop|stopping|quit|quitting|dejar de|deje de|dejo de) (smoking|fumar|vaping|vapear)", "quit smoking",
         "stop stopping quit quitting dejar deje dejo"),
        # a weekend day asked about with the hours or with being open only qualifies the hours question: an FAQ
        # that says "Monday to Friday" answers "are you open saturdays" unless its questions ask about weekends
        (r"(?P<h>hours|open~|abren~|abre~|horario|horarios) ((on|the|on the|los|el|de los|del|de) )?"
         r"(weekends?|saturdays?|sundays?|sabados?|domingos?)",
         rf"\g<h> weekend{QUALIFIED}", "weekend weekends saturday saturdays sunday sundays sabado sabados domingo "
         "domingos"),
        (r"(weekends?|saturdays?|sundays?) (?P<h>hours)", rf"weekend{QUALIFIED} \g<h>",
         "weekend weekends saturday saturdays sunday sundays"),
        # round 35: a vague tail ("over zoom or something", "a sliding scale or anything") asks nothing more
        (r"(or|o) (something|somethin|smth|sth|anything|whatever|algo|lo que sea)( like that| of the sort)?$", "",
         "something somethin smth sth anything whatever algo"),
        # round 44: Spanish "registros medicos" (and "historia clinica", "archivos medicos") are the medical records,
        # not registering ("necesito mis registros medicos")
        (r"(registros?|historias?|historiales?|archivos?) (medicos?|medicas?|clinicos?|clinicas?|de salud)", "records",
         "registro registros historia historias historial historiales archivo archivos"),
        # taking on new people is taking new patients ("are you taking on new folks", "accepting new clients")
        (r"(taking|take|takes|accepting|accept|accepts|seeing|see|sees|opening up to|open to) (on )?(any )?(new|more) "
         r"(people|folks|clients|families|members|ones|persons)\b", "accepting new patient",
         "people folks clients families members ones persons"),
        # results of one's blood are the blood test results ("the results of my blood", "my blood results")
        (r"(results?|resultados?) (of|from|for|de) (my |the |mi |mis |la )?(blood|sangre)( work| test| tests)?|"
         r"(blood|sangre) (results?)", "lab result", "blood sangre"),
        # round 44: a clinic that works on a day is open then, as non-native writers say ("the clinic work on
        # sunday?", "you are working in christmas?", "do you guys work saturdays")
        (r"(?P<s>you|you guys|yall|u|the clinic|the office|the doctor|clinic|office|the center|the practice|the lab) "
         r"(is |are |r )?(work|works|working)(?= ((on|in|at|the|this|these|during|over|for) )*(weekends?|saturdays?|"
         r"sundays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|holidays?|today|tomorrow|tonight|christmas|"
         r"thanksgiving|new year|new years|every day|everyday|all day)\b)", r"\g<s> open", "work works working"),
        # round 79: a ride that crawls or creeps is slow, not a word of its own ("bus is crawling, gonna be like 15 min
        # late for my 10:30"); read before the named errand words, as "the bus is slow" is
        (r"\b(?P<r>bus|train|traffic|subway|metro|tram|line|ride|uber|lyft) (is |s |was |keeps )?(crawling|creeping|"
         r"inching)( along)?", r"\g<r> slow", "crawling creeping inching"),
        # round 79: losing one's spot or slot is being rebooked, what the late answer tells ("gonna be 15 min late for
        # my 10:30. do i lose my spot?"); not a place on a waitlist nor being a patient
        (r"\b(lose|loose|forfeit) (my|our|his|her|the) (spot|slot|place|appointment|appt|turn)\b(?! (on|in|as|at|with)"
         r" )", "rebook", "lose loose forfeit"),
        # a reservation is a booking ("how can i make a reservation with the doctor", "reserve a time with dr lee")
        (r"(make|do|get|have|book) (a |an |one |the )?(reservation|reservacion)|reserve (a |an |one )?(appointment|"
         r"spot|time|slot|visit)", "book appointment", "reservation reservacion reserve"),
        # how to arrive at or reach the clinic is how to get there ("how i arrive to the clinic", "how do we reach
        # your office")
        (r"how (do |can |should |could |would |to )?(i |we )?(arrive|arrive to|arrive at|arrive in|reach|travel to) "
         r"(the |your |ur )?(clinic|office|building|practice|center|centre)\b", "directions", "arrive reach travel"),
        # a medicine that finished, said without "is" ("my prescription finish", "pills done, need more")
        (r"(?P<m>medicines?|medications?|meds|pills|tablets|prescriptions?|inhalers?|receta|medicina|pastillas) "
         r"(is |are |was |were )?(all )?(finish|finished|finishing|done|empty|gone)\b", r"\g<m> refill",
         "finish finished finishing done empty gone"),
        # the results of an exam or an analysis are test results ("how i see the results of my exam")
        (r"(results?|resultados?) (of|from|for|de) (my |the |mi |mis |la |el |los )?(exam|exams|examen|examenes|"
         r"analysis|analisis)", "test result", "exam exams examen examenes analysis analisis"),
        # round 44: a map app is how one finds the address ("what do i put in my maps", "the pin on google maps",
        # "whats your address for waze"); "gps" stays the British GPs
        (r"(google maps|apple maps|maps|waze|sat nav|satnav)", "directions", "maps waze sat satnav"),
        # finding or reaching the building is how to get there ("how do i find your office", "trouble locating the
        # clinic", "how do we get to your building")
        (r"(find|finding|locate|locating|get to|getting to) (your|the|you|ur) (building|office|offices|clinic|practice|"
         r"location|entrance|place)\b", "directions", "find finding locate locating get getting"),
        # more of a medicine is a refill ("how do i get more pills", "can i order more of my inhalers", "pedir mas
        # de mi medicina", "conseguir otra receta")
        (r"(get|getting|order|ordering|request|requesting|need|needs) (some )?more (of )?(my |his |her |the |our )?"
         r"([\w~]+ ){0,2}?((?P<m>pills|meds|medicine|medicines|medication|medications|tablets|inhalers?|insulin|"
         rf"prescriptions?)\b|(?=supply{QUALIFIED}))", r"refill \g<m>", "more"),
        (r"(pido|pedir|pedimos|conseguir|consigo|obtener|obtengo|sacar) (mas|otra|otro|nueva|nuevo)( de)? "
         r"(mi |mis |la |las |el |los |su |sus )?((?P<m>medicina|medicinas|medicamentos?|pastillas|receta|recetas|"
         rf"inhalador|insulina)\b|(?=(\w+{QUALIFIED} )*supply{QUALIFIED}))", r"resurtir \g<m>",
         "mas otra otro nueva nuevo"),
        # round 44: booking ahead set against walking in asks whether one may walk in ("do i have to book ahead or can
        # i just show up", "should i make an appointment first or do you take walk ins")
        (r"(book|booking|schedule|make an appointment|appointment|call)( ahead| in advance| beforehand| first)? or "
         r"(?=(\w+ ){0,4}walkin\b)", " ", "or"),
        # a lot that is free or paid, and paying at a meter, are parking ("is the lot free or do i pay at the meter")
        (r"(the |your |ur )lots? (is |are )?(?P<f>free|paid)\b|(pay|paying) (at|for) (a |the )?meters?",
         r"parking \g<f>", "lot lots meter meters"),
        # last, after the rules that read it: "how long" asks for a duration, like "when" asks for a time; it
        # is the question's form, not its topic ("how long should I fast" is about fasting)
        (r"how long", HOW_LONG, "long"),
)  # fmt: skip
# Compiled one by one: a single alternation of them all is several times slower in `re`. A concept may
# keep words of the phrase (\g<name>): "do you do pregnancy tests" keeps "pregnancy". A third item lists
# words one of which any match contains: the regex only runs when the message has one (it is cheaper).
PHRASES = tuple(
    (re.compile(rf"\b(?:{pattern})\b"), f" {concept} ", frozenset(" ".join(triggers).replace("|", " ").split()))
    for pattern, concept, *triggers in _PHRASE_LIST
)


# Rules by trigger word, as bit masks (bit n: rule n), so a message only visits the rules one of its words can start
# (most messages trigger a handful of the ~440) and finds them in a few ORs; rules without triggers are always tried.
_TRIGGER_BITS: dict[str, int] = {}
for _number, _rule in enumerate(PHRASES):
    for _word in _rule[2]:
        _TRIGGER_BITS[_word] = _TRIGGER_BITS.get(_word, 0) | 1 << _number
_ALWAYS_BITS = prefilter.as_bits(number for number, (_, _, triggers) in enumerate(PHRASES) if not triggers)


@cache  # the first fold in a process reads every rule's needs (~0.4 s, also cached for the rules themselves)
def _phrase_index() -> prefilter.Index:
    return prefilter.Index(prefilter.needs(pattern.pattern) for pattern, _, _ in PHRASES)


def _rules_for(text: str, start: int) -> list[int]:
    """The rules from `start` on, in file order, that `text` has a trigger word for and the words it needs."""
    said = text.split()
    found = reduce(or_, map(_TRIGGER_BITS.get, set(said), repeat(0)), _ALWAYS_BITS)  # (its words' ORs, in C)
    found &= -1 << start  # (the rules from `start` on)
    if not found:
        return []
    # a trigger is often an everyday word ("my", "can"): the prefilter's reading of the rule (the rarer words
    # every match holds) leaves about a quarter of them to run; the index finds them from the words at once
    return prefilter.bits_in_order(found & _phrase_index().held(said))


def fold_phrases(text: str) -> str:
    """Rewrite multi-word phrases ("sign language", "after hours") to their concept.

    Rules apply in file order, each to the text the earlier ones left, as if every rule were tried.
    """
    todo, k = _rules_for(text, 0), 0
    while k < len(todo):
        number = todo[k]
        pattern, concept, _ = PHRASES[number]
        folded = pattern.sub(concept, text)
        if folded != text:
            text = " ".join(folded.split())  # one space between words, as patterns expect
            todo, k = _rules_for(text, number + 1), 0  # the new words may trigger later rules
        else:
            k += 1
    return text


@lru_cache(maxsize=16384)  # the FAQ's and messages' words recur: each is stemmed once (round 25: -8% per message)
def stem(word: str) -> str:
    """A light English/Spanish suffix stripper, applied alike to FAQ and message: "refills" meets "refill"."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("ation") and len(word) >= 8:  # "validation" meets "validate" ("validat")
        return word[:-3]
    if word.endswith("ing") and len(word) >= 6:
        return _restore(word[:-3])
    if word.endswith("ed") and not word.endswith("eed") and len(word) >= 5:
        return _restore(word[:-2])
    if word.endswith("e") and len(word) >= 5 and not _silent_e(word):  # "schedule" meets "scheduling"
        word = word[:-1]
    return word


def _silent_e(word: str) -> bool:
    """A five-letter word whose final "e" makes another word ("plane" is not "plan", "spine" not "spin")."""
    return len(word) == 5 and _consonant_vowel_consonant(word[:4]) and word[0] not in _VOWEL_LETTERS


_VOWEL_LETTERS = frozenset("aeiou")


def _consonant_vowel_consonant(base: str) -> bool:
    """Two consonants, one vowel, one consonant ("plan", "snor"): a stem that takes a silent "e"."""
    vowels = [ch in _VOWEL_LETTERS for ch in base[-4:]]
    return vowels == [False, False, True, False] and base[-1] not in "wxy"


def _restore(base: str) -> str:
    """The stem left after "-ing"/"-ed", spelt as the bare word's stem would be."""
    if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
        return base[:-1]  # "running" -> "runn" -> "run"; but "refilled" keeps its "ll"
    if len(base) == 3 and base[-1] not in "aeiouwy":
        return base + "e"  # "moving" -> "mov" -> "move", as four-letter "move" keeps its "e" ("flying" is "fly")
    if len(base) == 4 and _consonant_vowel_consonant(base):
        return base + "e"  # "snoring" -> "snore", as "snore" keeps its silent "e" ("planning" stays "plan")
    return base.removesuffix("e") if len(base) >= 5 else base


# Spanish question words and everyday verbs meet the English word an FAQ's questions or answer use ("q pasa si
# llego tarde": "what happens if I am late", "if you arrive late"), staying as light as the English word is.
_SPANISH_AS_ENGLISH = {
    "how": "como",
    "who": "quien quienes",
    "happen": "pasa paso pasara pasaria",
    "arrive": "llegar llego llegue llegamos llega llegan llegado llegaron",
    "see": "atienden atiende atender atiendan atienda atenderme atenderlo atenderla",
    "receive": "recibir recibire",
    "first": "primero primera primer",
    "policy": "politica politicas",
    "speak": "hablar habla hablan hable hablen",
    "person": "persona personas gente",
    "work": "trabajan trabaja trabajamos",
    # clinic vocabulary: a work "incapacidad" form is a disability form; a "fisico" is a physical; a mask by its
    # regional names ("cubrebocas" in Mexico, "tapabocas", "barbijo" in the south); illnesses "treated"
    "disability": "incapacidad incapacidades",
    "physical": "fisico fisicos",
    "annual": "anual anuales",
    "tetanus": "tetano tetanos",
    "mask": "cubrebocas cubreboca mascarilla mascarillas tapabocas barbijo barbijos",
    "illness": "enfermedad enfermedades",
    "kind": "tipo tipos",
    # round 41: Spanish clinic words a specialty FAQ says in English
    "hear": "audicion oir escuchar escucho oigo",
    "sell": "vender venden vende venta",
    "buy": "comprar compro compre compramos",
    "clean": "limpiar limpien limpie limpia limpian limpieza limpiarlos limpiarlas",
    "fill": "llenar llene llenen llena llenan llenarme llenarlo llenarla",
    "travel": "viaje viajes viajar viajo viajando",
    "lung": "pulmon pulmones pulmonar",
    "oxygen": "oxigeno",
    "tank": "tanque tanques",
    "breathing": "respiracion respirar respiratoria respiratorio",
    "tinnitus": "zumbido zumbidos acufeno acufenos",
}
for _english, _spanish in _SPANISH_AS_ENGLISH.items():
    CONCEPTS.update(dict.fromkeys(_spanish.split(), CONCEPTS.get(_english) or stem(_english)))
_CONCEPT_STEMS = {stem(word): concept for word, concept in CONCEPTS.items()}


@lru_cache(maxsize=16384)
def term(word: str) -> str:
    """The matching term for a normalised word: its concept, else its stem (a qualifier stays marked)."""
    if word.endswith((QUALIFIED, SUBORDINATE)):
        return term(word[:-1]) + word[-1]
    return CONCEPTS.get(word) or _CONCEPT_STEMS.get(stem(word)) or stem(word)


def _terms(words: frozenset[str]) -> frozenset[str]:
    return frozenset(term(w) for w in words if w not in CONCEPTS)


LIGHT_TERMS = _terms(LIGHT) | {term(w) for w in LIGHT}
VACCINE_KINDS = frozenset(term(w) for w in _VACCINE_KINDS.split())
# Tests by kind: an entry whose questions name one ("Can I eat before my stress test?") does not answer for
# another ("can i eat before my echo"); their preparation and waits differ.
TEST_KINDS = frozenset(
    term(w) for w in "echo stress mri ct xray ultrasound mammogram colonoscopy endoscopy ekg ecg biopsy".split()
)
# An entry asking about imaging in general covers each kind of scan.
IMAGING = term("imaging")
IMAGING_KINDS = frozenset(term(w) for w in "echo mri ct xray ultrasound mammogram".split())
EVERYDAY_TERMS = _terms(EVERYDAY)
# Weight factors of qualifying words when the FAQ's questions do not use them; others count in full.
FACTORS: dict[str, float] = {
    **dict.fromkeys(_terms(MODIFIERS), MODIFIER_FACTOR),
    **dict.fromkeys(_terms(GENERIC), GENERIC_FACTOR),
    NAME: NAME_FACTOR,
    "school": MODIFIER_FACTOR,  # a concept, so _terms leaves it out: still only a qualifier
    # (round 74: a mark that readiness is asked, read by the matcher: beside the words it keeps, it weighs nothing more)
    term(READY_ASKED): MODIFIER_FACTOR,
    # concepts that only qualify a request unless the FAQ asks about them ("my allergy meds",
    # "surgery on my knee"; "does my primary doctor have to refer me" when the FAQ says "dermatologist")
    "allergy": MODIFIER_FACTOR,
    "surgery": MODIFIER_FACTOR,
    "echo": MODIFIER_FACTOR,
    "mri": MODIFIER_FACTOR,
    "pregnancy": MODIFIER_FACTOR,
    "doctor": GENERIC_FACTOR,
    # which specialist one books with says no more than "the doctor" does, unless the FAQ asks about that
    # specialist ("quiero hacer una cita con el nefrologo", "book with the podiatrist")
    **dict.fromkeys(_terms(frozenset(_SPECIALISTS.split())), GENERIC_FACTOR),
    "primary": GENERIC_FACTOR,
    # "help" (a concept, so "ayuda" meets it) asks for nothing by itself unless the FAQ asks about help:
    # "need help with breastfeeding" is about breastfeeding.
    "help": GENERIC_FACTOR,
    # a generic time word that is a concept, so Spanish meets it ("despues")
    # concepts of words that only qualify ("my sons seizure clinic appointment", "my new neurologist")
    "seizure": MODIFIER_FACTOR,
    "neurology": MODIFIER_FACTOR,
    "after": GENERIC_FACTOR,
}


STATUS_CHECK = "statuscheck"  # the concept of a question about what became of one's own request
EXCEPTION = "exceptionrequest"  # asking for one's own case to be handled outside the rules
OTHER_PARTY = "otherparty"  # an organisation writing, or another practice asked about
HEDGE = "worryhedge"  # "probably nothing, but": a worry behind a routine request


def factor(term: str) -> float:
    """The weight factor of a term the FAQ's questions do not use (1.0: a topic word)."""
    if term.endswith((QUALIFIED, SUBORDINATE)):
        return MODIFIER_FACTOR
    return FACTORS.get(term, 1.0)


def unqualified(terms: tuple[str, ...], topics: frozenset[str]) -> tuple[str, ...]:
    """Qualifiers whose word the FAQ's questions use become that word: there it is the topic."""
    if not any(t.endswith(QUALIFIED) for t in terms):
        return terms
    bare = (t[:-1] if t.endswith(QUALIFIED) and t[:-1] in topics else t for t in terms)
    return tuple(dict.fromkeys(bare))
