// Svenska (sv). Terms as the provider's own Swedish delist-portal pages use them:
//   blocked senders list    listan med spärrade avsändare
//   delist portal           avlistningsportalen
//   Delist IP (the button)  Avlista IP (the provider leaves its button in English; we name ours
//                           with the verb of "avlistning")
//   non-delivery report     rapport om utebliven leverans (NDR)
//   IP address              IP-adress
//   email / email address   e-postmeddelande / e-postadress
//   confirmation link       bekräftelselänk
//   mail server             e-postserver
//   Submit                  Skicka
//   spam / phishing         skräppost / nätfiske
// "Du" throughout, as Swedish interfaces write; button names quoted with ” ”.
import type { Catalog } from './en.js';

export const sv = {
  'site.name': 'Avlistningsportalen',
  'site.skip': 'Hoppa till huvudinnehållet',
  'site.footer':
    'Den här portalen tar bort IP-adresser från vår lista med spärrade avsändare. Den ber dig aldrig om ett lösenord.',
  'language.name': 'Svenska',
  'language.switcher': 'Språk',

  'form.title': 'Ta bort din IP-adress från listan med spärrade avsändare',
  'form.intro':
    'Om e-post från din server har avvisats med ett meddelande som det nedan finns serverns IP-adress på vår lista med spärrade avsändare. E-post från den IP-adressen avvisas tills adressen har tagits bort.',
  'form.ndrLabel': 'Exempel på felmeddelandet (rapport om utebliven leverans, NDR)',
  'form.stepsTitle': 'Så går det till',
  'form.step1':
    'Ange en e-postadress som du kan läsa just nu och den IP-adress som står inom hakparenteser i felmeddelandet.',
  'form.step2': 'Vi skickar ett bekräftelsemeddelande till adressen. Länken i det fungerar en gång, i {ttl}.',
  'form.step3': 'Öppna länken och välj ”Avlista IP”.',
  'form.step4': 'IP-adressen lämnar listan {delay} efter att du har valt ”Avlista IP”.',
  'form.step4.now': 'IP-adressen lämnar listan så snart du väljer ”Avlista IP”.',
  'form.selfDelistLimit':
    'En IP-adress kan tas bort på det här sättet ett begränsat antal gånger ({max, plural, one {# gång} other {# gånger}} per {window}). Därefter granskar vår personal nästa begäran innan adressen tas bort.',
  'form.beforeTitle': 'Innan du ber om borttagning',
  'form.before':
    'Ta reda på varför e-post från IP-adressen behandlades som skräppost och åtgärda det först: ett öppet relä, ett kapat konto eller ett formulär som skickar e-post åt vem som helst gör att adressen listas igen.',
  'form.legend': 'Din begäran',
  'form.email': 'E-postadress',
  'form.email.hint': 'Hit skickar vi bekräftelselänken. En adress per begäran.',
  'form.email.hintRdns':
    'Hit skickar vi bekräftelselänken. Det måste vara en adress i domänen för IP-adressens omvända DNS-namn: för mail.example.net en adress i example.net.',
  'rdns.no-rdns':
    '{ip} har inget omvänt DNS-namn (PTR-post), så vi kan inte avgöra vilken domän den tillhör. Be den som tillhandahåller IP-adressen att lägga till ett och försök sedan igen.',
  'rdns.not-confirmed':
    'Det omvända DNS-namnet för {ip} är {name}, men {name} pekar inte tillbaka på {ip}. Se till att namnet och adressen pekar på varandra och försök sedan igen.',
  'rdns.other-domain':
    'För {ip} skickar vi bekräftelsemeddelandet bara till en adress i {domain}, domänen för dess omvända DNS-namn. Ange en adress i {domain}.',
  'rdns.failed.title': 'Vi kunde inte kontrollera den omvända DNS:en just nu',
  'rdns.failed.body':
    'Uppslagningen av det omvända DNS-namnet för {ip} misslyckades. Ingenting har sparats. Försök igen om några minuter.',
  'form.ip': 'IP-adress',
  'form.ip.hint': 'En adress, som den står i felmeddelandet, till exempel 203.0.113.7 eller 2001:db8::25.',
  'form.ack':
    'Jag har försäkrat mig om att e-post från den här IP-adressen inte kommer att vara olämplig eller skadlig.',
  'form.submit': 'Skicka',
  'form.errorSummary': 'Något behöver rättas',

  'error.email.required': 'Ange en e-postadress.',
  'error.email.invalid':
    'Ange en e-postadress i formen namn@example.com, utan namn eller annan text runt omkring.',
  'error.email.tooLong': 'Ange en e-postadress på högst 254 tecken, med högst 64 tecken före @.',
  'error.email.localPart':
    "Ange en adress där delen före @ bara innehåller latinska bokstäver, siffror och tecknen . _ ' + -.",
  'error.ip.empty': 'Ange den IP-adress som står inom hakparenteser i felmeddelandet.',
  'error.ip.list': 'Ange bara en IP-adress. Skicka en separat begäran för varje adress.',
  'error.ip.cidr':
    'Ange en enskild IP-adress, inte ett intervall: ta bort snedstrecket och det som följer efter det. Nätverk kan bara tas bort av oss.',
  'error.ip.zone':
    'Ta bort zonen (% och det som följer efter det): den har bara betydelse inom ditt eget nätverk.',
  'error.ip.ipv4-spelling':
    'Skriv en IPv4-adress som fyra tal från 0 till 255 åtskilda av punkter, utan inledande nollor, till exempel 203.0.113.7.',
  'error.ip.not-an-ip':
    'Det här är ingen IP-adress. Kopiera adressen inom hakparenteserna i felmeddelandet, till exempel 203.0.113.7.',
  'error.ip.private':
    'Det här är en privat adress som bara används inom ett nätverk. E-post når oss från din publika adress: kopiera den från hakparenteserna i felmeddelandet.',
  'error.ip.loopback':
    'Det här är en loopback-adress: den lämnar aldrig datorn, så den kan inte finnas på vår lista. Ange din publika adress.',
  'error.ip.link-local':
    'Det här är en länklokal adress: den lämnar aldrig det lokala nätverket, så den kan inte finnas på vår lista. Ange din publika adress.',
  'error.ip.multicast':
    'Det här är en multicast-adress: ingen e-postserver skickar från en sådan. Ange adressen till din e-postserver.',
  'error.ip.unspecified':
    'Den här adressen tillhör ingen enskild dator. Ange adressen till din e-postserver.',
  'error.ip.reserved':
    'Den här adressen är reserverad och används inte på internet, så den kan inte finnas på vår lista. Ange din publika adress.',
  'error.description.required': 'Beskriv vad som hände och vad du har ändrat.',
  'error.description.tooLong': 'Korta ner beskrivningen till högst 4 000 tecken.',
  'error.headers.tooLong':
    'Klistra in högst 16 000 tecken av rubrikerna: rubrikraderna räcker, utan själva meddelandet.',
  'error.text.control':
    'Ta bort styrtecknen ur texten: bara bokstäver, siffror, skiljetecken och radbrytningar är tillåtna.',
  'error.ack.required':
    'Bekräfta att e-post från den här IP-adressen inte kommer att vara olämplig eller skadlig.',

  'notListed.title': '{ip} finns inte på listan med spärrade avsändare',
  'notListed.body': 'Det finns inget att ta bort, och vi har inte skickat något e-postmeddelande.',
  'notListed.next':
    'Om din e-post fortfarande avvisas, kontrollera IP-adressen inom hakparenteserna i det senaste felmeddelandet: din e-post kanske skickas från en annan adress.',

  'networkListed.title': '{ip} kan inte tas bort här',
  'networkListed.body':
    'Adressen finns på listan som en del av nätverket {network}. Listningar av hela nätverk granskas av vår personal och kan inte tas bort via den här portalen.',

  'noSelfService.body':
    'Den här listningen granskas av vår personal och kan inte tas bort via den här portalen.',

  'alreadyScheduled.title': '{ip} är redan på väg bort från listan',
  'alreadyScheduled.body':
    'Borttagningen är redan schemalagd. Adressen lämnar listan vid den här tidpunkten:',
  'queued.title': 'Titta i din inkorg',

  'suppressed.title': 'Vi kan inte skicka något bekräftelsemeddelande till den här adressen',
  'suppressed.body':
    'Ägaren till den här e-postadressen har bett oss att inte skicka avlistningsmeddelanden om {ip}. Använd en annan adress som du själv läser.',

  'status.title': 'Din begäran för {ip}',
  'status.titlePending': 'Titta i din inkorg',
  'status.request': 'Begäran',
  'status.email': 'Bekräftelsemeddelande',
  'status.state.pending':
    'Väntar på att du öppnar länken i e-postmeddelandet och väljer ”Avlista IP”. Länken fungerar till den {time}.',
  'status.state.scheduled': 'Bekräftad. IP-adressen lämnar listan den {time}.',
  'status.state.delisted': 'Klart. IP-adressen lämnade listan den {time}.',
  'status.state.expired':
    'Länken i e-postmeddelandet gick ut utan att användas. Börja om om du fortfarande behöver borttagningen.',
  'status.state.cancelled': 'Avbruten: listningen ändrades efter att begäran gjordes.',
  'status.state.declined': 'Avbruten: ägaren till e-postadressen sa att de inte hade bett om den.',
  'status.state.undeliverable':
    'Avbruten: vi kunde inte leverera bekräftelsemeddelandet. Kontrollera adressen och börja om.',
  'status.email.queued': 'Vi skickar det till {email}. Det brukar komma fram inom några minuter.',
  'status.email.retrying': 'Vår e-postserver har inte tagit emot det ännu. Vi försöker igen den {time}.',
  'status.email.sent':
    'Skickat till {email} den {time}. Om det inte finns i inkorgen, titta i mappen för skräppost. Det kommer från {from}.',
  'status.email.failed': 'Vi kunde inte skicka det till {email}: vår e-postserver tog inte emot det.',
  'status.resend': 'Skicka e-postmeddelandet igen',
  'status.resendAfter': 'Har det inte kommit? Du kan be om e-postmeddelandet igen efter {time}.',
  'status.resent': 'Vi skickar e-postmeddelandet igen.',
  'status.tooSoon': 'Vänta lite till innan du frågar igen.',
  'status.keep': 'Låt sidan vara öppen, eller spara den som bokmärke, för att följa din begäran.',

  'decline.title': 'Har du inte bett om det här?',
  'decline.body':
    'Någon bad oss ta bort {ip} från vår lista med spärrade avsändare och angav din e-postadress, {email}, för bekräftelsen.',
  'decline.explain':
    'Om det inte var du, tryck på knappen. Vi avbryter begäran och skickar inga fler avlistningsmeddelanden om {ip} till din adress.',
  'decline.button': 'Jag har inte bett om det här',
  'decline.done.title': 'Begäran avbruten',
  'decline.done.body':
    'Vi skickar inga fler avlistningsmeddelanden om {ip} till din adress. Du behöver inte göra något mer.',
  'decline.tooLate.title': 'Den här begäran var redan bekräftad',
  'decline.tooLate.body':
    'Någon använde länken i e-postmeddelandet för att ta bort {ip} från listan innan du svarade. Vi skickar inga fler avlistningsmeddelanden om {ip} till din adress. Om du inte själv öppnade länken kan någon annan läsa din e-post.',
  'decline.already.title': 'Du har redan meddelat oss',
  'decline.already.body': 'Vi skickar inga avlistningsmeddelanden om {ip} till din adress.',
  'escalate.title': 'Be vår personal granska en listning',
  'escalate.intro':
    'Använd det här formuläret när portalen inte själv kan ta bort en IP-adress. Vår personal läser varje begäran och svarar via e-post.',
  'escalate.link': 'Be vår personal granska den',
  'escalate.cause.no-self-service':
    'Listningen av {ip} granskas av vår personal, så den kan inte tas bort med avlistningsformuläret.',
  'escalate.cause.network-listed':
    '{ip} är listad som en del av nätverket {network}, som bara vår personal kan ta bort.',
  'escalate.cause.self-delist-limit':
    '{ip} har redan tagits bort via den här portalen så många gånger som vi tillåter utan granskning ({max, plural, one {# gång} other {# gånger}} per {window}). Berätta vad du har ändrat, så beslutar vår personal om borttagningen.',
  'escalate.legend': 'Din begäran',
  'escalate.email.hint': 'Hit skickar vi en bekräftelselänk och senare vårt svar. En adress per begäran.',
  'escalate.description': 'Vad hände, och vad har du ändrat?',
  'escalate.description.hint':
    'Till exempel: vilket konto som kapades och hur du stängde det, eller vilka begränsningar du har satt för utgående e-post. Högst {max} tecken.',
  'escalate.headers': 'Meddelanderubriker (valfritt)',
  'escalate.headers.hint':
    'Om du har ett meddelande som avvisades, klistra in alla dess rubriker här. Högst {max} tecken.',
  'escalate.submit': 'Skicka begäran',
  'escalate.selfService.title': '{ip} kan tas bort med avlistningsformuläret',
  'escalate.selfService.body':
    'Portalen kan ta bort adressen själv, utan att du behöver vänta på vår personal.',
  'escalate.inPlay.title': 'Du har redan frågat om {ip}',
  'escalate.inPlay.unverified':
    'Vi har skickat ett e-postmeddelande till dig om det. Öppna länken i det och välj ”Skicka till vår personal”; du behöver inte fråga igen.',
  'escalate.inPlay.open':
    'Din begäran ligger hos vår personal, och de svarar via e-post. Du behöver inte fråga igen.',
  'escalate.sent.body':
    'Vi skickar ett bekräftelsemeddelande till {email}. Öppna länken i det inom {ttl} och välj ”Skicka till vår personal”: först då når din begäran oss.',
  'escalate.sent.missing': 'Inget efter 15 minuter? Titta i mappen för skräppost.',
  'escalation.title': 'Skicka din begäran om {ip} till vår personal',
  'escalation.cause': 'Varför portalen inte kan ta bort den',
  'escalation.explain':
    'Vår personal läser din begäran och svarar via e-post till den här adressen. Tills ett beslut har fattats ligger IP-adressen kvar på listan.',
  'escalation.button': 'Skicka till vår personal',
  'escalation.verified.title': 'Din begäran ligger hos vår personal',
  'escalation.verified.body': 'Vi svarar via e-post till {email}. Till dess ligger {ip} kvar på listan.',
  'escalation.open.title': 'Din begäran ligger redan hos vår personal',
  'escalation.open.body': 'Du skickade begäran den {time}. Vi svarar via e-post.',
  'escalation.answered.title': 'Din begäran om {ip} har besvarats',
  'escalation.answered.body': 'Vi besvarade den via e-post den {time}.',

  'lookup.title': 'Är min IP-adress listad?',
  'lookup.intro':
    'Kontrollera om en IP-adress finns på vår lista med spärrade avsändare och vad du kan göra åt det.',
  'lookup.submit': 'Kontrollera',
  'lookup.notListed': '{ip} finns inte på listan med spärrade avsändare.',
  'lookup.listed': '{ip} finns på listan med spärrade avsändare.',
  'lookup.network': 'Listad som',
  'lookup.since': 'Listad sedan',
  'lookup.category': 'Orsak',
  'lookup.removal': 'Lämnar listan',
  'lookup.expires': 'Listningen upphör',
  'lookup.selfService': 'Ta bort den med avlistningsformuläret',
  'lookup.noSelfService': 'Den här listningen kan inte tas bort via den här portalen.',
  'category.spam': 'Skräppost har skickats från den här adressen.',
  'category.malware': 'Skadlig kod har skickats från den här adressen.',
  'category.phishing': 'Nätfiske har skickats från den här adressen.',
  'category.compromised': 'Servern eller ett konto på den verkar ha kapats.',
  'category.open-relay': 'Servern vidarebefordrar e-post åt vem som helst (ett öppet relä).',
  'category.policy': 'Adressen är listad enligt vår policy för avsändare.',
  'help.title': 'Hjälp med felet ”banned sending IP”',
  'help.intro':
    'När {provider} avvisar e-post på grund av den avsändande serverns IP-adress får din server en rapport om utebliven leverans (NDR) som den här:',
  'help.codesTitle': 'Vad koderna betyder',
  'help.codes':
    'De utökade statuskoderna 5.7.606 till 5.7.649 betyder alla samma sak: IP-adressen inom hakparenteserna finns på listan med spärrade avsändare hos {provider}. Det exakta numret talar bara om för vår personal vilken del av listan som träffades. Oavsett nummer gör du på samma sätt.',
  'help.checkTitle': 'Innan du ber om borttagning',
  'help.checkIntro':
    'En adress listas för att e-post från den såg ut som skräppost. Åtgärda orsaken först, annars listas den igen:',
  'help.check.relay': 'Servern får inte vidarebefordra e-post åt vem som helst (inget öppet relä).',
  'help.check.accounts':
    'Ingen brevlåda eller inget formulär på den får vara kapat: leta efter konton som skickar ovanligt mycket e-post och byt deras lösenord.',
  'help.check.outbound':
    'Begränsa och övervaka utgående e-post, så att ett enskilt konto inte kan skicka tusentals meddelanden.',
  'help.check.auth':
    'Publicera SPF, signera med DKIM och publicera en DMARC-policy för de domäner du skickar från.',
  'help.check.rdns':
    'Ge IP-adressen ett omvänt DNS-namn (PTR) som pekar tillbaka på den, helst det namn din server använder i HELO.',
  'help.howTitle': 'Så fungerar borttagningen och så lång tid tar den',
  'help.how':
    'Fyll i avlistningsformuläret med en e-postadress och IP-adressen. Öppna länken i bekräftelsemeddelandet och välj ”Avlista IP”. Adressen lämnar listan {delay} senare.',
  'help.how.now':
    'Fyll i avlistningsformuläret med en e-postadress och IP-adressen. Öppna länken i bekräftelsemeddelandet och välj ”Avlista IP”. Adressen lämnar listan direkt.',
  'help.againTitle': 'Varför en adress kan listas igen',
  'help.again':
    'En borttagning är inget frikort: skickas det skräppost från adressen igen listas den igen, och upprepade listningar kan sluta gå att ta bort via portalen.',
  'help.refusedTitle': 'När portalen inte kan ta bort den',
  'help.refused':
    'Vissa listningar granskas av vår personal: hela nätverk och listningar som har markerats för granskning. Portalen säger till när den inte kan hjälpa dig.',
  'help.escalate':
    'Be då vår personal granska listningen med granskningsformuläret: berätta vad du har ändrat, så svarar vi via e-post.',
  'help.contact': 'Kontakta då {contact}.',
  'help.reportTitle': 'Skräppost från vårt nätverk',
  'help.report':
    'Har du fått skräppost, nätfiske eller skadlig kod som skickats från vårt nätverk? Berätta det för oss, så att vi kan stoppa det:',
  'nav.help': 'Hjälp',
  'nav.delist': 'Avlista en IP-adress',
  'nav.lookup': 'Kontrollera en IP-adress',

  'confirm.title': 'Ta bort {ip} från listan med spärrade avsändare',
  'confirm.ip': 'IP-adress',
  'confirm.email': 'Begärd av',
  'confirm.requestedAt': 'Begärd',
  'confirm.validUntil': 'Länken fungerar till',
  'confirm.state': 'Status',
  'confirm.state.pending': 'Väntar på att du väljer ”Avlista IP”',
  'confirm.explain': 'När du väljer ”Avlista IP” lämnar IP-adressen listan {delay} senare.',
  'confirm.explain.now': 'När du väljer ”Avlista IP” lämnar IP-adressen listan direkt.',
  'confirm.button': 'Avlista IP',

  'scheduled.title': '{ip} kommer att tas bort',
  'scheduled.body': 'IP-adressen lämnar listan med spärrade avsändare vid den här tidpunkten:',
  'scheduled.local': 'I din tidszon: {time}.',
  'scheduled.after':
    'E-postservrar som har sparat det tidigare svaret kan behöva några minuter till. Om skräppost skickas från IP-adressen igen kan den listas igen.',

  'token.malformed.title': 'Länken är ofullständig',
  'token.malformed.body':
    'Länken kortades av eller ändrades på vägen till dig. Kopiera hela länken från e-postmeddelandet till adressfältet, eller börja om.',
  'token.invalid.title': 'Länken är inte giltig',
  'token.invalid.body':
    'Vi har inte skapat den här länken, eller så har den ändrats. Börja om för att få ett nytt bekräftelsemeddelande.',
  'token.expired.title': 'Länken har gått ut',
  'token.expired.body':
    'Bekräftelselänkar fungerar i {ttl}. Börja om för att få ett nytt bekräftelsemeddelande.',
  'token.used.title': 'Länken har redan använts',
  'token.used.body':
    'Borttagningen av {ip} är redan schemalagd. Adressen lämnar listan vid den här tidpunkten:',
  'token.done.title': 'Den här begäran är klar',
  'token.done.body': '{ip} togs bort från listan den {time}.',
  'token.cancelled.title': 'Den här begäran avbröts',
  'token.cancelled.body':
    'Listningen av {ip} ändrades efter att begäran gjordes. Börja om om e-post fortfarande avvisas.',
  'token.declined.title': 'Den här begäran avböjdes',
  'token.declined.body':
    'Ägaren till e-postadressen sa att de inte hade bett om den, så den avbröts. Börja om med en adress som du själv läser.',
  'token.unknown.title': 'Vi hittar inte den här begäran',
  'token.unknown.body': 'Den kan ha tagits bort. Börja om för att få ett nytt bekräftelsemeddelande.',
  'token.gone.title': '{ip} finns inte längre på listan',
  'token.gone.body': 'Det finns inget kvar att ta bort.',
  'token.startAgain': 'Börja om',

  'problem.forbidden.title': 'Skicka formuläret från den här portalen',
  'problem.forbidden.body':
    'Formuläret kom från en annan webbplats och togs därför inte emot. För din säkerhet tar vi bara emot formulär som har fyllts i på portalens egna sidor. Öppna formuläret här och skicka det igen.',
  'problem.notFound.title': 'Sidan hittades inte',
  'problem.notFound.body': 'Kontrollera adressen, eller börja från avlistningsformuläret.',
  'problem.badRequest.title': 'Vi kunde inte läsa den här begäran',
  'problem.badRequest.body': 'Öppna avlistningsformuläret och skicka det igen därifrån.',
  'problem.tooLarge.title': 'Begäran är för stor',
  'problem.tooLarge.body': 'Skicka formuläret från den här portalen utan att lägga till något.',
  'problem.unsupported.title': 'Den här typen av begäran tas inte emot',
  'problem.unsupported.body': 'Skicka formuläret från den här portalen i en webbläsare.',
  'problem.methodNotAllowed.title': 'Sidan kan inte användas på det sättet',
  'problem.methodNotAllowed.body': 'Öppna avlistningsformuläret och skicka det därifrån.',
  'problem.server.title': 'Något gick fel hos oss',
  'problem.server.body': 'Ingenting har ändrats. Försök igen om några minuter.',
  'problem.unavailable.title': 'Portalen kan inte ta emot begäranden just nu',
  'problem.unavailable.body':
    'Vi kunde inte spara din begäran, så ingenting har ändrats och inget e-postmeddelande har skickats. Försök igen om några minuter.',
  'problem.home': 'Gå till avlistningsformuläret',

  'botCheck.failed.title': 'Bekräfta att du är en människa',
  'botCheck.missing':
    'Välj ”Jag är inte en robot” och vänta tills rutan är bockad, skicka sedan formuläret igen. Kontrollen kräver JavaScript: syns inte rutan, slå på JavaScript för den här webbplatsen och ladda om sidan.',
  'botCheck.invalid':
    'Kontrollen av att du är en människa lyckades inte. Ladda om sidan och skicka formuläret igen.',
  'botCheck.expired':
    'Kontrollen av att du är en människa har gått ut. Ladda om sidan och skicka formuläret igen.',
  'botCheck.used':
    'Den här kontrollen har redan använts för ett annat formulär. Ladda om sidan och skicka formuläret igen.',
  'botCheck.noscript':
    'Formuläret använder JavaScript för att kontrollera att du är en människa: din webbläsare löser ett litet pussel, och ingenting skickas till någon annan. Slå på JavaScript för den här webbplatsen och ladda om sidan.',
  'botCheck.widget.label': 'Jag är inte en robot',
  'botCheck.widget.verifying': 'Kontrollerar…',
  'botCheck.widget.verified': 'Kontrollerad',
  'botCheck.widget.waitAlert': 'Kontrollerar… vänta.',
  'botCheck.widget.verificationRequired': 'Vänta tills kontrollen är klar och skicka sedan formuläret.',
  'botCheck.widget.error': 'Kontrollen misslyckades. Ladda om sidan och försök igen.',
  'botCheck.widget.expired': 'Kontrollen har gått ut. Försök igen.',
  'botCheck.widget.loading': 'Läser in…',
  'botCheck.widget.reload': 'Ladda om',
  'botCheck.widget.verify': 'Kontrollera',
  'botCheck.widget.cancel': 'Avbryt',

  'limit.title': 'För många förfrågningar',
  'limit.client': 'Den här anslutningen har skickat många formulär på kort tid.',
  'limit.recipient-hour':
    'Vi har skickat flera bekräftelsemeddelanden till den här adressen den senaste timmen. För att skydda ägaren skickar vi inga fler just nu.',
  'limit.recipient-day':
    'Vi har skickat flera bekräftelsemeddelanden till den här adressen i dag. För att skydda ägaren skickar vi inga fler just nu.',
  'limit.ip-day': 'Det har kommit många avlistningsbegäranden för den här IP-adressen i dag.',
  'limit.report-client-day': 'Den här anslutningen har skickat många missbruksrapporter i dag.',
  'limit.retry': 'Du kan försöka igen efter {time}.',

  'time.utc': '{time} UTC',

  'email.confirm.subject': 'Bekräfta borttagningen av {ip} från listan med spärrade avsändare',
  'email.confirm.greeting': 'Hej!',
  'email.confirm.intro':
    'Någon, förmodligen du, bad den {time} om att IP-adressen {ip} skulle tas bort från vår lista med spärrade avsändare.',
  'email.confirm.action': 'Fortsätt genom att öppna den här länken och välja ”Avlista IP”:',
  'email.confirm.button': 'Öppna avlistningssidan',
  'email.confirm.expiry': 'Länken fungerar en gång, till den {time}.',
  'email.confirm.ignore':
    'Om du inte har bett om det här kan du bortse från meddelandet: ingenting ändras om inte någon öppnar länken och väljer ”Avlista IP”.',
  'email.confirm.notMe':
    'Har du inte bett om det här? Säg till här, så skickar vi inga fler sådana meddelanden om {ip} till dig:',
  'email.confirm.signature': 'Avlistningsportalen',
  'email.escalation.subject': 'Bekräfta din begäran om granskning av listningen av {ip}',
  'email.escalation.intro':
    'Någon, förmodligen du, bad den {time} om att vår personal skulle granska listningen av IP-adressen {ip}.',
  'email.escalation.action':
    'Skicka begäran till vår personal genom att öppna den här länken och välja ”Skicka till vår personal”:',
  'email.escalation.button': 'Öppna begäran',
  'email.escalation.ignore':
    'Om du inte har bett om det här kan du bortse från meddelandet: begäran når ingen om inte någon öppnar länken.',
  'email.answer.subject': 'Vårt svar om listningen av {ip}',
  'email.answer.intro':
    'Du bad den {time} om att vår personal skulle granska listningen av {ip}. Deras svar:',
  'email.answer.lookup': 'Om {ip} är listad just nu:',

  'mailbox.title': 'Fångade e-postmeddelanden',
  'mailbox.note':
    'Den här portalen har ingen e-postserver angiven (SMTP_URL), så e-postmeddelanden sparas här i stället för att skickas. Sidan finns bara i det läget.',
  'mailbox.empty': 'Inga e-postmeddelanden ännu.',
  'mailbox.to': 'Till',
  'mailbox.subject': 'Ämne',
  'mailbox.date': 'Datum',
  'mailbox.back': 'Alla fångade e-postmeddelanden',
  'mailbox.html': 'Visa HTML-delen',
  'nav.report': 'Rapportera missbruk',
  'report.title': 'Rapportera skräppost eller missbruk från vårt nätverk',
  'report.intro':
    'Har du fått skräppost, nätfiske eller skadlig kod som skickats från vårt nätverk? Skicka oss meddelanderubrikerna, eller hela meddelandet som en .eml-fil, så tar vi reda på vilken server som skickade det.',
  'report.notDelist': 'Är det din egen e-post som vi avvisar? Då är det en annan sida:',
  'report.legend': 'Din rapport',
  'report.category': 'Vad är det för slags meddelande?',
  'report.category.hint': 'Välj det alternativ som passar bäst.',
  'report.category.spam': 'Skräppost: oönskade massutskick eller reklam',
  'report.category.phishing': 'Nätfiske: det försöker komma åt lösenord, betalnings- eller personuppgifter',
  'report.category.malware': 'Skadlig kod: det innehåller ett virus eller en länk till ett',
  'report.category.other': 'Annat missbruk',
  'report.headers': 'Meddelanderubriker',
  'report.headers.hint':
    'Öppna meddelandet i ditt e-postprogram och välj ”Visa original”, ”Visa källa” eller ”Meddelanderubriker”, kopiera allt och klistra in det här (högst {max}). Eller ladda upp meddelandet som en fil nedan i stället.',
  'report.file': 'Eller ladda upp meddelandet som en .eml-fil',
  'report.file.hint':
    'Spara meddelandet som en fil (ofta: dra ut det ur e-postprogrammet, eller välj ”Spara som”) och välj filen här. Högst {max}.',
  'report.description': 'Vad hände (valfritt)',
  'report.description.hint': 'Något annat vi bör veta, med högst {length} tecken.',
  'report.email': 'Din e-postadress (valfritt)',
  'report.email.hint':
    'Bara om vi får kontakta dig om den här rapporten. Vi skickar ingen e-post till dig om vi inte behöver fråga något.',
  'report.submit': 'Skicka rapporten',
  'report.howTitle': 'Vad som händer sedan',
  'report.how':
    'Vår personal granskar varje rapport och agerar mot avsändaren när meddelandet kom från vårt nätverk. Vi sparar rapporten för att kunna hantera den och tar bort din adress och meddelandet en tid efter att den har hanterats.',
  'report.thanks.title': 'Tack för din rapport',
  'report.thanks.reference':
    'Ditt referensnummer är {reference}. Ange det om du kontaktar oss om den här rapporten.',
  'report.thanks.ip': 'Enligt rubrikerna skickades meddelandet från {ip}.',
  'report.thanks.outside':
    'Enligt rubrikerna passerade meddelandet inte genom vårt nätverk: det skickades från {ip}. Om det kom från en annan leverantör, rapportera det till dem också. Vi tittar ändå på det.',
  'report.thanks.noIp':
    'Vi hittade inte den avsändande serverns adress i rubrikerna. Vi tittar ändå på rapporten.',
  'report.thanks.contact': 'Om vi behöver fler uppgifter skriver vi till {email}.',
  'report.thanks.noContact': 'Du angav ingen e-postadress, så vi kommer inte att kontakta dig om rapporten.',
  'report.another': 'Rapportera ett annat meddelande',
  'report.unknown.title': 'Vi hittar inte den här rapporten',
  'report.unknown.body': 'Kontrollera referensnumret i adressen, eller skicka rapporten igen.',
  'report.again': 'Gå till rapportformuläret',
  'email.reportNotice.subject': 'Missbruksrapport {reference}: {category} från {ip}',
  'email.reportNotice.intro': 'En ny missbruksrapport, {reference}, kom in via portalen den {time}.',
  'email.reportNotice.category': 'Kategori: {category}',
  'email.reportNotice.ip': 'Avsändande IP: {ip}',
  'email.reportNotice.noIp': 'hittades inte i rubrikerna',
  'email.reportNotice.basis.own-network': 'där meddelandet kom in i OWN_NETWORKS',
  'email.reportNotice.basis.earliest-public': 'den tidigaste publika adressen; OWN_NETWORKS är inte angivet',
  'email.reportNotice.basis.outside-own-networks': 'inget hopp låg inom OWN_NETWORKS',
  'email.reportNotice.read':
    'Det här meddelandet upprepar inget som rapportören skrev. Läs rapporten, med meddelandet, på portalens värd:',
  'error.report.category': 'Välj vad det är för slags meddelande.',
  'error.report.description.tooLong': 'Skriv högst {length} tecken.',
  'error.report.message.missing':
    'Klistra in meddelanderubrikerna, eller ladda upp meddelandet som en .eml-fil.',
  'error.report.message.both':
    'Klistra in rubrikerna eller ladda upp en fil, inte båda: töm rubrikfältet eller ta bort filen.',
  'error.report.message.tooLarge':
    'Rapporten är större än vi tar emot: meddelandet får vara högst {max}. Klistra bara in rubrikerna, eller ladda upp en mindre fil.',
  'error.report.headers.tooLarge': 'Den inklistrade texten är större än {max}. Klistra bara in rubrikerna.',
  'error.report.headers.notAMessage':
    'Det här ser inte ut som meddelanderubriker: de börjar med rader som ”Received: from ...”. Kopiera dem från ”Visa original” eller ”Visa källa” i ditt e-postprogram.',
  'error.report.file.empty': 'Filen är tom. Välj det sparade meddelandet.',
  'error.report.file.tooLarge': 'Filen är större än {max}. Klistra bara in rubrikerna i stället.',
  'error.report.file.outlookMsg':
    'Det här är en .msg-fil från Outlook, som vi inte kan läsa. Spara meddelandet som en .eml-fil, eller klistra in dess rubriker.',
  'error.report.file.notAMessage':
    'Filen är inte ett e-postmeddelande. Välj ett meddelande som sparats som en .eml-fil, eller klistra in dess rubriker.',
} as const satisfies Catalog;
