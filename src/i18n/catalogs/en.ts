// English: the reference catalogue. Every other language has exactly these keys.
// {name} is replaced by a value; values are escaped by the templates, never here.
export const en = {
  'site.name': 'Delist portal',
  'site.skip': 'Skip to main content',
  'site.footer':
    'This portal removes IP addresses from our blocked senders list. It never asks for a password.',
  // The language's own name, shown in every language's switcher as it is.
  'language.name': 'English',
  'language.switcher': 'Language',

  'form.title': 'Remove your IP address from the blocked senders list',
  'form.intro':
    'If mail from your server was refused with a message like the one below, the IP address of that server is on our blocked senders list. Mail from that IP address is refused until it is removed.',
  'form.ndrLabel': 'Example of the error message (NDR)',
  'form.stepsTitle': 'How it works',
  'form.step1':
    'Enter an email address you can read now, and the IP address shown in square brackets in the error message.',
  'form.step2': 'We send a confirmation email to that address. Its link works once, for {ttl}.',
  'form.step3': 'Open the link and select Delist IP.',
  'form.step4': 'The IP address leaves the list {delay} after you select Delist IP.',
  'form.step4.now': 'The IP address leaves the list as soon as you select Delist IP.',
  'form.selfDelistLimit':
    'An IP address can be removed this way a limited number of times ({max} in {window}). After that, our staff review the next request before the address is removed.',
  'form.beforeTitle': 'Before you ask',
  'form.before':
    'Find out why mail from the IP address was treated as spam and fix it first: an open relay, a compromised account or a form that sends mail for anyone gets the address listed again.',
  'form.legend': 'Your request',
  'form.email': 'Email address',
  'form.email.hint': 'We send the confirmation link here. One address per request.',
  'form.email.hintRdns':
    "We send the confirmation link here. It must be an address at the domain of the IP address's reverse DNS name: for mail.example.net, an address at example.net.",
  'rdns.no-rdns':
    '{ip} has no reverse DNS name (PTR record), so we cannot tell which domain it belongs to. Ask the provider of the IP address to set one, then try again.',
  'rdns.not-confirmed':
    'The reverse DNS name of {ip} is {name}, but {name} does not point back to {ip}. Make the name and the address point to each other, then try again.',
  'rdns.other-domain':
    'For {ip} we send the confirmation email only to an address at {domain}, the domain of its reverse DNS name. Enter an address at {domain}.',
  'rdns.failed.title': 'We could not check the reverse DNS just now',
  'rdns.failed.body':
    'Looking up the reverse DNS name of {ip} did not work. Nothing was saved. Try again in a few minutes.',
  'form.ip': 'IP address',
  'form.ip.hint': 'One address, as shown in the error message, for example 203.0.113.7 or 2001:db8::25.',
  'form.ack': 'I have made sure that mail from this IP address will not be abusive or malicious.',
  'form.submit': 'Submit',
  'form.errorSummary': 'There is a problem',

  'error.email.required': 'Enter an email address.',
  'error.email.invalid':
    'Enter one email address in the form name@example.com, without a name or other text around it.',
  'error.email.tooLong': 'Enter an email address of at most 254 characters, with at most 64 before the @.',
  'error.email.localPart':
    "Enter an address whose part before the @ has only Latin letters, digits and the characters . _ ' + -.",
  'error.ip.empty': 'Enter the IP address shown in square brackets in the error message.',
  'error.ip.list': 'Enter one IP address only. Send a separate request for each address.',
  'error.ip.cidr':
    'Enter a single IP address, not a range: remove the slash and what follows it. Networks can only be removed by us.',
  'error.ip.zone':
    'Remove the zone (the % and what follows it): it only has meaning inside your own network.',
  'error.ip.ipv4-spelling':
    'Write an IPv4 address as four numbers from 0 to 255 separated by dots, without leading zeros, for example 203.0.113.7.',
  'error.ip.not-an-ip':
    'This is not an IP address. Copy the address from the square brackets in the error message, for example 203.0.113.7.',
  'error.ip.private':
    'This is a private address, used only inside a network. Mail reaches us from your public address: copy it from the square brackets in the error message.',
  'error.ip.loopback':
    'This is a loopback address: it never leaves the machine, so it cannot be on our list. Enter your public address.',
  'error.ip.link-local':
    'This is a link-local address: it never leaves the local network, so it cannot be on our list. Enter your public address.',
  'error.ip.multicast':
    'This is a multicast address: no mail server sends from it. Enter the address of your mail server.',
  'error.ip.unspecified':
    'This address does not belong to any one computer. Enter the address of your mail server.',
  'error.ip.reserved':
    'This address is reserved and is not used on the internet, so it cannot be on our list. Enter your public address.',
  'error.description.required': 'Describe what happened and what you have changed.',
  'error.description.tooLong': 'Shorten the description to at most 4,000 characters.',
  'error.headers.tooLong':
    'Paste at most 16,000 characters of headers: the header lines are enough, without the message body.',
  'error.text.control':
    'Remove the control characters from this text: only letters, digits, punctuation and line breaks.',
  'error.ack.required': 'Confirm that mail from this IP address will not be abusive or malicious.',

  'notListed.title': '{ip} is not on the blocked senders list',
  'notListed.body': 'There is nothing to remove, and we have not sent an email.',
  'notListed.next':
    'If your mail is still refused, check the IP address in the square brackets of the newest error message: your mail may leave from a different address.',

  'networkListed.title': '{ip} cannot be removed here',
  'networkListed.body':
    'This address is on the list as part of the network {network}. Listings of whole networks are reviewed by our staff and cannot be removed through this portal.',

  'noSelfService.body': 'This listing is reviewed by our staff and cannot be removed through this portal.',

  'alreadyScheduled.title': '{ip} is already leaving the list',
  'alreadyScheduled.body': 'Its removal is already scheduled. It leaves the list at this time:',

  'queued.title': 'Check your email',

  'suppressed.title': 'We cannot send a confirmation email to this address',
  'suppressed.body':
    'The owner of this email address asked us not to send them delist emails about {ip}. Use another address that you read yourself.',

  'status.title': 'Your request for {ip}',
  'status.titlePending': 'Check your email',
  'status.request': 'Request',
  'status.email': 'Confirmation email',
  'status.state.pending':
    'Waiting for you to open the link in the email and select Delist IP. The link works until {time}.',
  'status.state.scheduled': 'Confirmed. The IP address leaves the list at {time}.',
  'status.state.delisted': 'Done. The IP address left the list at {time}.',
  'status.state.expired': 'The link in the email expired unused. Start again if you still need the removal.',
  'status.state.cancelled': 'Cancelled: the listing changed after the request was made.',
  'status.state.declined': 'Cancelled: the owner of the email address said they did not ask for it.',
  'status.state.undeliverable':
    'Cancelled: we could not deliver the confirmation email. Check the address and start again.',
  'status.email.queued': 'We are sending it to {email}. It normally arrives within a few minutes.',
  'status.email.retrying': 'Our mail server has not taken it yet. We try again at {time}.',
  'status.email.sent':
    'Sent to {email} at {time}. If it is not in your inbox, check your spam or junk folder. It comes from {from}.',
  'status.email.failed': 'We could not send it to {email}: our mail server did not take it.',
  'status.resend': 'Send the email again',
  'status.resendAfter': 'Not arrived? You can ask for the email again after {time}.',
  'status.resent': 'We are sending the email again.',
  'status.tooSoon': 'Please wait a little longer before asking again.',
  'status.keep': 'Keep this page open, or bookmark it, to follow your request.',

  'decline.title': 'Did you not ask for this?',
  'decline.body':
    'Someone asked us to remove {ip} from our blocked senders list and gave your email address, {email}, for the confirmation.',
  'decline.explain':
    'If it was not you, press the button. We cancel the request and send no more delist emails about {ip} to your address.',
  'decline.button': 'I did not ask for this',
  'decline.done.title': 'Request cancelled',
  'decline.done.body':
    'We will send no more delist emails about {ip} to your address. Nothing else is needed.',
  'decline.tooLate.title': 'This request was already confirmed',
  'decline.tooLate.body':
    'Someone used the link in the email to remove {ip} from the list before you answered. We will send no more delist emails about {ip} to your address. If you did not open the link yourself, someone else may be reading your email.',
  'decline.already.title': 'You already told us',
  'decline.already.body': 'We send no delist emails about {ip} to your address.',

  'escalate.title': 'Ask our staff to review a listing',
  'escalate.intro':
    'Use this form when the portal cannot remove an IP address itself. Our staff read every request and answer by email.',
  'escalate.link': 'Ask our staff to review it',
  'escalate.cause.no-self-service':
    'The listing of {ip} is reviewed by our staff, so it cannot be removed with the delist form.',
  'escalate.cause.network-listed':
    '{ip} is listed as part of the network {network}, which only our staff can remove.',
  'escalate.cause.self-delist-limit':
    '{ip} has already been removed through this portal as often as we allow without a review ({max} in {window}). Tell us what you changed, and our staff decide on the removal.',
  'escalate.legend': 'Your request',
  'escalate.email.hint': 'We send a confirmation link here, and later our answer. One address per request.',
  'escalate.description': 'What happened, and what have you changed?',
  'escalate.description.hint':
    'For example: which account was compromised and how you closed it, or which limits you set on outgoing mail. At most {max} characters.',
  'escalate.headers': 'Message headers (optional)',
  'escalate.headers.hint':
    'If you have a message that was refused, paste its full headers here. At most {max} characters.',
  'escalate.submit': 'Send request',
  'escalate.selfService.title': '{ip} can be removed with the delist form',
  'escalate.selfService.body': 'The portal can remove this address itself, without waiting for our staff.',
  'escalate.inPlay.title': 'You have already asked about {ip}',
  'escalate.inPlay.unverified':
    'We sent you an email about it. Open its link and select Send to our staff; there is no need to ask again.',
  'escalate.inPlay.open':
    'Your request is with our staff, and they answer it by email. There is no need to ask again.',
  'escalate.sent.body':
    'We are sending a confirmation email to {email}. Open its link within {ttl} and select Send to our staff: only then does your request reach us.',
  'escalate.sent.missing': 'Nothing after 15 minutes? Check your spam or junk folder.',

  'escalation.title': 'Send your request about {ip} to our staff',
  'escalation.cause': 'Why the portal cannot remove it',
  'escalation.explain':
    'Our staff read your request and answer by email to this address. Until a decision, the IP address stays on the list.',
  'escalation.button': 'Send to our staff',
  'escalation.verified.title': 'Your request is with our staff',
  'escalation.verified.body': 'We answer by email to {email}. {ip} stays on the list until then.',
  'escalation.open.title': 'Your request is already with our staff',
  'escalation.open.body': 'You sent it at {time}. We answer by email.',
  'escalation.answered.title': 'Your request about {ip} has been answered',
  'escalation.answered.body': 'We answered it by email at {time}.',

  'lookup.title': 'Is my IP address listed?',
  'lookup.intro': 'Check whether an IP address is on our blocked senders list, and what you can do about it.',
  'lookup.submit': 'Check',
  'lookup.notListed': '{ip} is not on the blocked senders list.',
  'lookup.listed': '{ip} is on the blocked senders list.',
  'lookup.network': 'Listed as',
  'lookup.since': 'Listed since',
  'lookup.category': 'Why',
  'lookup.removal': 'Leaves the list at',
  'lookup.expires': 'The listing ends at',
  'lookup.selfService': 'Remove it with the delist form',
  'lookup.noSelfService': 'This listing cannot be removed through this portal.',
  'category.spam': 'Spam was sent from this address.',
  'category.malware': 'Malware was sent from this address.',
  'category.phishing': 'Phishing was sent from this address.',
  'category.compromised': 'The server or an account on it appears to be compromised.',
  'category.open-relay': 'The server relays mail for anyone (an open relay).',
  'category.policy': 'The address is listed by our sending policy.',
  'help.title': 'Help with the "banned sending IP" error',
  'help.intro':
    "When {provider} refuses mail because of the sending server's IP address, your server receives a non-delivery report (NDR) like this one:",
  'help.codesTitle': 'What the codes mean',
  'help.codes':
    'The enhanced status codes 5.7.606 to 5.7.649 all mean the same thing: the IP address in square brackets is on the blocked senders list of {provider}. The exact number only tells our staff which part of the list matched. Whatever the number, you deal with it the same way.',
  'help.checkTitle': 'Before you ask for removal',
  'help.checkIntro':
    'An address is listed because mail from it looked like spam. Fix the cause first, or it will be listed again:',
  'help.check.relay': 'The server must not relay mail for anyone (no open relay).',
  'help.check.accounts':
    'No mailbox or form on it may be compromised: look for accounts sending unusual amounts of mail, and change their passwords.',
  'help.check.outbound': 'Limit and watch outgoing mail, so one account cannot send thousands of messages.',
  'help.check.auth': 'Publish SPF, sign with DKIM and publish a DMARC policy for the domains you send from.',
  'help.check.rdns':
    'Give the IP address a reverse DNS name (PTR) that points back to it, ideally the name your server uses in HELO.',
  'help.howTitle': 'How removal works and how long it takes',
  'help.how':
    'Use the delist form with one email address and the IP address. Open the link in the confirmation email and select Delist IP. The address leaves the list {delay} later.',
  'help.how.now':
    'Use the delist form with one email address and the IP address. Open the link in the confirmation email and select Delist IP. The address leaves the list at once.',
  'help.againTitle': 'Why an address can be listed again',
  'help.again':
    'Removal is not a pass: if spam is sent from the address again, it is listed again, and repeated listings may no longer be removable through the portal.',
  'help.refusedTitle': 'When the portal cannot remove it',
  'help.refused':
    'Some listings are reviewed by our staff: whole networks, and listings marked for review. The portal says so when it cannot help.',
  'help.escalate':
    'Then ask our staff to review the listing with the review form: say what you changed, and we answer by email.',
  'help.contact': 'Then contact {contact}.',
  'help.reportTitle': 'Spam from our network',
  'help.report': 'Received spam, phishing or malware sent from our network? Tell us, so we can stop it:',
  'nav.help': 'Help',
  'nav.delist': 'Delist an IP',
  'nav.lookup': 'Check an IP',

  'confirm.title': 'Remove {ip} from the blocked senders list',
  'confirm.ip': 'IP address',
  'confirm.email': 'Requested by',
  'confirm.requestedAt': 'Requested at',
  'confirm.validUntil': 'This link works until',
  'confirm.state': 'State',
  'confirm.state.pending': 'Waiting for you to select Delist IP',
  'confirm.explain': 'When you select Delist IP, the IP address leaves the list {delay} later.',
  'confirm.explain.now': 'When you select Delist IP, the IP address leaves the list at once.',
  'confirm.button': 'Delist IP',

  'scheduled.title': '{ip} will be removed',
  'scheduled.body': 'The IP address leaves the blocked senders list at this time:',
  'scheduled.local': 'In your time zone: {time}.',
  'scheduled.after':
    'Mail servers that cached the earlier answer may take a few minutes more. If spam is sent from this IP address again, it can be listed again.',

  'token.malformed.title': 'This link is incomplete',
  'token.malformed.body':
    'The link was cut off or changed on its way to you. Copy the whole link from the email into the address bar, or start again.',
  'token.invalid.title': 'This link is not valid',
  'token.invalid.body':
    'We did not issue this link, or it was changed. Start again to get a new confirmation email.',
  'token.expired.title': 'This link has expired',
  'token.expired.body': 'Confirmation links work for {ttl}. Start again to get a new confirmation email.',
  'token.used.title': 'This link has already been used',
  'token.used.body': 'The removal of {ip} is already scheduled. It leaves the list at this time:',
  'token.done.title': 'This request is finished',
  'token.done.body': '{ip} was removed from the list at {time}.',
  'token.cancelled.title': 'This request was cancelled',
  'token.cancelled.body':
    'The listing of {ip} changed after this request was made. Start again if mail is still refused.',
  'token.declined.title': 'This request was declined',
  'token.declined.body':
    'The owner of the email address told us they did not ask for it, so it was cancelled. Start again with an address you read yourself.',
  'token.unknown.title': 'We cannot find this request',
  'token.unknown.body': 'It may have been removed. Start again to get a new confirmation email.',
  'token.gone.title': '{ip} is no longer on the list',
  'token.gone.body': 'There is nothing left to remove.',
  'token.startAgain': 'Start again',

  'problem.forbidden.title': 'Send the form from this portal',
  'problem.forbidden.body':
    "This form came from another website, so it was not sent. For your safety, we accept only forms filled in on this portal's own pages. Open the form here and send it again.",
  'problem.notFound.title': 'Page not found',
  'problem.notFound.body': 'Check the address, or start from the delist form.',
  'problem.badRequest.title': 'We could not read this request',
  'problem.badRequest.body': 'Open the delist form and send it again from there.',
  'problem.tooLarge.title': 'This request is too large',
  'problem.tooLarge.body': 'Send the form from this portal without adding anything to it.',
  'problem.unsupported.title': 'This kind of request is not accepted',
  'problem.unsupported.body': 'Send the form from this portal in a web browser.',
  'problem.methodNotAllowed.title': 'This page cannot be used that way',
  'problem.methodNotAllowed.body': 'Open the delist form and send it from there.',
  'problem.server.title': 'Something went wrong on our side',
  'problem.server.body': 'Nothing was changed. Try again in a few minutes.',
  'problem.unavailable.title': 'The portal cannot take requests right now',
  'problem.unavailable.body':
    'We could not save your request, so nothing was changed and no email was sent. Please try again in a few minutes.',
  'problem.home': 'Go to the delist form',

  'botCheck.failed.title': 'Please confirm that you are a person',
  'botCheck.missing':
    'Select “I am not a robot” and wait for its tick, then send the form again. The check needs JavaScript: if the box is missing, turn JavaScript on for this site and reload the page.',
  'botCheck.invalid':
    'The check that you are a person did not succeed. Reload the page and send the form again.',
  'botCheck.expired': 'The check that you are a person has expired. Reload the page and send the form again.',
  'botCheck.used': 'This check was already used for another form. Reload the page and send the form again.',
  'botCheck.noscript':
    'This form uses JavaScript to check that you are a person: your browser solves a small puzzle, and nothing is sent to anyone else. Turn on JavaScript for this site and reload the page.',
  'botCheck.widget.label': 'I am not a robot',
  'botCheck.widget.verifying': 'Checking…',
  'botCheck.widget.verified': 'Checked',
  'botCheck.widget.waitAlert': 'Checking… please wait.',
  'botCheck.widget.verificationRequired': 'Wait until the check is done, then send the form.',
  'botCheck.widget.error': 'The check failed. Reload the page and try again.',
  'botCheck.widget.expired': 'The check expired. Try again.',
  'botCheck.widget.loading': 'Loading…',
  'botCheck.widget.reload': 'Reload',
  'botCheck.widget.verify': 'Check',
  'botCheck.widget.cancel': 'Cancel',

  'limit.title': 'Too many requests',
  'limit.client': 'This connection has sent many forms in a short time.',
  'limit.recipient-hour':
    'We have sent several confirmation emails to this address in the last hour. To protect its owner, we send no more for now.',
  'limit.recipient-day':
    'We have sent several confirmation emails to this address today. To protect its owner, we send no more for now.',
  'limit.ip-day': 'There have been many delist requests for this IP address today.',
  'limit.report-client-day': 'This connection has sent many abuse reports today.',
  'limit.retry': 'You can try again after {time}.',

  'time.utc': '{time} UTC',

  'email.confirm.subject': 'Confirm the removal of {ip} from the blocked senders list',
  'email.confirm.greeting': 'Hello,',
  'email.confirm.intro':
    'Someone, probably you, asked at {time} to remove the IP address {ip} from our blocked senders list.',
  'email.confirm.action': 'To continue, open this link and select Delist IP:',
  'email.confirm.button': 'Open the delist page',
  'email.confirm.expiry': 'The link works once, until {time}.',
  'email.confirm.ignore':
    'If you did not ask for this, ignore this email: nothing changes unless someone opens the link and selects Delist IP.',
  'email.confirm.notMe':
    'Did not ask for this? Tell us here, and we will send you no more of these emails about {ip}:',
  'email.confirm.signature': 'The delist portal',
  'email.escalation.subject': 'Confirm your request to review the listing of {ip}',
  'email.escalation.intro':
    'Someone, probably you, asked at {time} for our staff to review the listing of the IP address {ip}.',
  'email.escalation.action': 'To send the request to our staff, open this link and select Send to our staff:',
  'email.escalation.button': 'Open the request',
  'email.escalation.ignore':
    'If you did not ask for this, ignore this email: the request reaches nobody unless someone opens the link.',
  'email.answer.subject': 'Our answer about the listing of {ip}',
  'email.answer.intro': 'You asked at {time} for our staff to review the listing of {ip}. Their answer:',
  'email.answer.lookup': 'Whether {ip} is listed right now:',

  'mailbox.title': 'Captured emails',
  'mailbox.note':
    'This portal has no mail server set (SMTP_URL), so emails are kept here instead of being sent. This page exists only in that mode.',
  'mailbox.empty': 'No emails yet.',
  'mailbox.to': 'To',
  'mailbox.subject': 'Subject',
  'mailbox.date': 'Date',
  'mailbox.back': 'All captured emails',
  'mailbox.html': 'Show the HTML part',

  'nav.report': 'Report abuse',
  'report.title': 'Report spam or abuse from our network',
  'report.intro':
    'Did you receive spam, phishing or malware that was sent from our network? Send us the message headers, or the whole message as an .eml file, and we will find the server that sent it.',
  'report.notDelist': 'Is your own mail being refused by us? That is a different page:',
  'report.legend': 'Your report',
  'report.category': 'What kind of message is it?',
  'report.category.hint': 'Choose the one that fits best.',
  'report.category.spam': 'Spam: unwanted bulk or advertising mail',
  'report.category.phishing': 'Phishing: it tries to get passwords, payment or personal details',
  'report.category.malware': 'Malware: it carries a virus or a link to one',
  'report.category.other': 'Other abuse',
  'report.headers': 'Message headers',
  'report.headers.hint':
    'In your mail program, open the message and choose "Show original", "View source" or "Message headers", copy everything and paste it here (at most {max}). Or upload the message as a file below instead.',
  'report.file': 'Or upload the message as an .eml file',
  'report.file.hint':
    'Save the message as a file (often: drag it out of your mail program, or "Save as") and choose it here. At most {max}.',
  'report.description': 'What happened (optional)',
  'report.description.hint': 'Anything else we should know, in at most {length} characters.',
  'report.email': 'Your email address (optional)',
  'report.email.hint':
    'Only if we may contact you about this report. We do not send you any email unless we need to ask something.',
  'report.submit': 'Send report',
  'report.howTitle': 'What happens next',
  'report.how':
    'Our staff review every report and act against the sender when the message came from our network. We keep the report to handle it, and remove your address and the message some time after it has been handled.',
  'report.thanks.title': 'Thank you for your report',
  'report.thanks.reference': 'Your reference is {reference}. Quote it if you contact us about this report.',
  'report.thanks.ip': 'According to its headers, the message was sent from {ip}.',
  'report.thanks.outside':
    'According to its headers, the message did not pass through our network: it was sent from {ip}. If it came from another provider, report it to them too. We will still look at it.',
  'report.thanks.noIp':
    'We could not find the address of the sending server in the headers. We will still look at the report.',
  'report.thanks.contact': 'If we need more details, we will write to {email}.',
  'report.thanks.noContact': 'You gave no email address, so we will not contact you about it.',
  'report.another': 'Report another message',
  'report.unknown.title': 'We cannot find this report',
  'report.unknown.body': 'Check the reference in the address, or send the report again.',
  'report.again': 'Go to the report form',
  'email.reportNotice.subject': 'Abuse report {reference}: {category} from {ip}',
  'email.reportNotice.intro': 'A new abuse report, {reference}, came in through the portal at {time}.',
  'email.reportNotice.category': 'Category: {category}',
  'email.reportNotice.ip': 'Sending IP: {ip}',
  'email.reportNotice.noIp': 'not found in the headers',
  'email.reportNotice.basis.own-network': 'where the message entered OWN_NETWORKS',
  'email.reportNotice.basis.earliest-public': 'the earliest public address; OWN_NETWORKS is not set',
  'email.reportNotice.basis.outside-own-networks': 'no hop was inside OWN_NETWORKS',
  'email.reportNotice.read':
    'This email repeats nothing the reporter typed. Read the report, with its message, on the portal host:',
  'error.report.category': 'Choose what kind of message it is.',
  'error.report.description.tooLong': 'Write at most {length} characters.',
  'error.report.message.missing': 'Paste the message headers, or upload the message as an .eml file.',
  'error.report.message.both': 'Paste the headers or upload a file, not both: clear the headers or the file.',
  'error.report.message.tooLarge':
    'The report is larger than we accept: the message may be at most {max}. Paste only the headers, or upload a smaller file.',
  'error.report.headers.tooLarge': 'The pasted text is larger than {max}. Paste only the headers.',
  'error.report.headers.notAMessage':
    'This does not look like message headers: they start with lines such as "Received: from ...". Copy them from "Show original" or "View source" in your mail program.',
  'error.report.file.empty': 'The file is empty. Choose the saved message.',
  'error.report.file.tooLarge': 'The file is larger than {max}. Paste only the headers instead.',
  'error.report.file.outlookMsg':
    'This is an Outlook .msg file, which we cannot read. Save the message as an .eml file, or paste its headers.',
  'error.report.file.notAMessage':
    'This file is not an email message. Choose a message saved as an .eml file, or paste its headers.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
