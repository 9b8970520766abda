// 繁體中文 (zh-TW). Terms as the provider's own Traditional Chinese delist-portal pages use them:
//   blocked senders list    封鎖寄件者清單
//   delist portal           取消列出入口網站
//   Delist IP (the button)  取消列出 IP
//   delist request          取消列出要求
//   non-delivery report     未傳遞回報 (NDR)
//   IP address              IP 位址
//   email / email address   電子郵件 / 電子郵件地址
//   confirmation link       確認連結
//   mail server             郵件伺服器
//   Submit                  送出
// Full-width punctuation; UI labels quoted in 「」.
import type { Catalog } from './en.js';

export const zhTW = {
  'site.name': '取消列出入口網站',
  'site.skip': '跳至主要內容',
  'site.footer': '本入口網站用於將 IP 位址從我們的封鎖寄件者清單中移除。我們絕不會要求您提供密碼。',
  'language.name': '繁體中文',
  'language.switcher': '語言',

  'form.title': '將您的 IP 位址從封鎖寄件者清單中移除',
  'form.intro':
    '如果您伺服器寄出的郵件遭到拒絕，並收到類似下方的訊息，表示該伺服器的 IP 位址已列在我們的封鎖寄件者清單中。在移除之前，來自該 IP 位址的郵件都會遭到拒絕。',
  'form.ndrLabel': '錯誤訊息（未傳遞回報，NDR）範例',
  'form.stepsTitle': '運作方式',
  'form.step1': '輸入一個您現在就能讀取的電子郵件地址，以及錯誤訊息中方括號 [ ] 內顯示的 IP 位址。',
  'form.step2': '我們會寄送確認電子郵件到該地址。信中的連結只能使用一次，有效期限為 {ttl}。',
  'form.step3': '開啟連結，然後選取「取消列出 IP」。',
  'form.step4': '選取「取消列出 IP」{delay}後，該 IP 位址就會從清單中移除。',
  'form.step4.now': '選取「取消列出 IP」後，該 IP 位址會立即從清單中移除。',
  'form.selfDelistLimit':
    '以這種方式移除 IP 位址的次數有限（{window}內 {max} 次）。超過之後，下一個要求會先由我們的工作人員審查，再移除該位址。',
  'form.beforeTitle': '提出要求之前',
  'form.before':
    '請先找出來自該 IP 位址的郵件被判定為垃圾郵件的原因並加以修正：開放式轉送、遭入侵的帳戶，或任何人都能用來寄信的表單，都會讓該位址再次被列入清單。',
  'form.legend': '您的要求',
  'form.email': '電子郵件地址',
  'form.email.hint': '確認連結會寄到這個地址。每個要求只能填寫一個地址。',
  'form.email.hintRdns':
    '確認連結會寄到這個地址。此地址必須屬於該 IP 位址反向 DNS 名稱的網域：例如 mail.example.net，就必須是 example.net 的地址。',
  'rdns.no-rdns':
    '{ip} 沒有反向 DNS 名稱（PTR 記錄），因此我們無法判斷它屬於哪個網域。請要求該 IP 位址的供應商設定一個，然後再試一次。',
  'rdns.not-confirmed':
    '{ip} 的反向 DNS 名稱是 {name}，但 {name} 並未指回 {ip}。請讓名稱與位址互相對應，然後再試一次。',
  'rdns.other-domain':
    '對於 {ip}，我們只會將確認電子郵件寄到其反向 DNS 名稱所屬網域 {domain} 的地址。請輸入 {domain} 的地址。',
  'rdns.failed.title': '目前無法檢查反向 DNS',
  'rdns.failed.body': '查詢 {ip} 的反向 DNS 名稱時失敗。未儲存任何資料。請在幾分鐘後再試一次。',
  'form.ip': 'IP 位址',
  'form.ip.hint': '一個位址，與錯誤訊息中顯示的相同，例如 203.0.113.7 或 2001:db8::25。',
  'form.ack': '我已確認從此 IP 位址寄出的郵件不會有不當或惡意的內容。',
  'form.submit': '送出',
  'form.errorSummary': '發生問題',

  'error.email.required': '請輸入電子郵件地址。',
  'error.email.invalid': '請以 name@example.com 的格式輸入一個電子郵件地址，前後不要加上名稱或其他文字。',
  'error.email.tooLong': '請輸入最多 254 個字元的電子郵件地址，且 @ 之前最多 64 個字元。',
  'error.email.localPart': "請輸入 @ 之前只包含拉丁字母、數字及 . _ ' + - 等字元的地址。",
  'error.ip.empty': '請輸入錯誤訊息中方括號內顯示的 IP 位址。',
  'error.ip.list': '請只輸入一個 IP 位址。每個位址請分別提出要求。',
  'error.ip.cidr': '請輸入單一 IP 位址，而不是範圍：請刪除斜線及其後的內容。整個網路只能由我們移除。',
  'error.ip.zone': '請刪除區域（% 及其後的內容）：它只在您自己的網路內才有意義。',
  'error.ip.ipv4-spelling':
    'IPv4 位址請寫成以點分隔的四個 0 到 255 之間的數字，不要有前導零，例如 203.0.113.7。',
  'error.ip.not-an-ip': '這不是 IP 位址。請從錯誤訊息的方括號中複製位址，例如 203.0.113.7。',
  'error.ip.private':
    '這是私人位址，只在網路內部使用。郵件是從您的公用位址寄給我們的：請從錯誤訊息的方括號中複製該位址。',
  'error.ip.loopback': '這是回送位址：它永遠不會離開這部電腦，因此不可能在我們的清單上。請輸入您的公用位址。',
  'error.ip.link-local':
    '這是連結本機位址：它永遠不會離開區域網路，因此不可能在我們的清單上。請輸入您的公用位址。',
  'error.ip.multicast': '這是多點傳送位址：沒有郵件伺服器會從這種位址寄信。請輸入您郵件伺服器的位址。',
  'error.ip.unspecified': '這個位址不屬於任何一部電腦。請輸入您郵件伺服器的位址。',
  'error.ip.reserved':
    '這個位址是保留位址，不會在網際網路上使用，因此不可能在我們的清單上。請輸入您的公用位址。',
  'error.description.required': '請說明發生了什麼事，以及您做了哪些變更。',
  'error.description.tooLong': '請將說明縮短至最多 4,000 個字元。',
  'error.headers.tooLong': '請貼上最多 16,000 個字元的標頭：只需要標頭行，不需要郵件內文。',
  'error.text.control': '請移除此文字中的控制字元：只能包含字母、數字、標點符號和換行。',
  'error.ack.required': '請確認從此 IP 位址寄出的郵件不會有不當或惡意的內容。',

  'notListed.title': '{ip} 不在封鎖寄件者清單中',
  'notListed.body': '沒有需要移除的項目，我們也沒有寄出電子郵件。',
  'notListed.next':
    '如果您的郵件仍遭到拒絕，請查看最新錯誤訊息方括號中的 IP 位址：您的郵件可能是從其他位址寄出的。',

  'networkListed.title': '無法在此移除 {ip}',
  'networkListed.body':
    '此位址是以網路 {network} 的一部分列入清單。整個網路的列入項目由我們的工作人員審查，無法透過本入口網站移除。',

  'noSelfService.body': '此列入項目由我們的工作人員審查，無法透過本入口網站移除。',

  'alreadyScheduled.title': '{ip} 即將從清單中移除',
  'alreadyScheduled.body': '它的移除已經排定，將在下列時間離開清單：',
  'queued.title': '請查看您的電子郵件',

  'suppressed.title': '我們無法寄送確認電子郵件到這個地址',
  'suppressed.body':
    '此電子郵件地址的擁有者已要求我們不要寄送有關 {ip} 的取消列出電子郵件。請改用您自己會讀取的其他地址。',

  'status.title': '您對 {ip} 的要求',
  'status.titlePending': '請查看您的電子郵件',
  'status.request': '要求',
  'status.email': '確認電子郵件',
  'status.state.pending': '正在等待您開啟電子郵件中的連結並選取「取消列出 IP」。此連結在 {time} 之前有效。',
  'status.state.scheduled': '已確認。該 IP 位址將於 {time} 從清單中移除。',
  'status.state.delisted': '已完成。該 IP 位址已於 {time} 從清單中移除。',
  'status.state.expired': '電子郵件中的連結未經使用就已過期。如果您仍需要移除，請重新開始。',
  'status.state.cancelled': '已取消：提出要求後，清單中的列入項目有所變更。',
  'status.state.declined': '已取消：該電子郵件地址的擁有者表示他們並未提出此要求。',
  'status.state.undeliverable': '已取消：我們無法傳遞確認電子郵件。請檢查地址後重新開始。',
  'status.email.queued': '我們正在寄送到 {email}。通常會在幾分鐘內送達。',
  'status.email.retrying': '我們的郵件伺服器尚未接收這封郵件。我們會在 {time} 再試一次。',
  'status.email.sent':
    '已於 {time} 寄送到 {email}。如果收件匣中沒有，請查看垃圾郵件資料夾。寄件者是 {from}。',
  'status.email.failed': '我們無法寄送到 {email}：我們的郵件伺服器未接收這封郵件。',
  'status.resend': '重新寄送電子郵件',
  'status.resendAfter': '沒收到嗎？您可以在 {time} 之後要求重新寄送電子郵件。',
  'status.resent': '我們正在重新寄送電子郵件。',
  'status.tooSoon': '請再稍候一下，然後再要求一次。',
  'status.keep': '請保持此頁面開啟或將其加入書籤，以便追蹤您的要求。',

  'decline.title': '您沒有提出這項要求嗎？',
  'decline.body':
    '有人要求我們將 {ip} 從封鎖寄件者清單中移除，並提供了您的電子郵件地址 {email} 作為確認之用。',
  'decline.explain':
    '如果不是您本人，請按下按鈕。我們會取消這項要求，並且不再寄送有關 {ip} 的取消列出電子郵件到您的地址。',
  'decline.button': '我沒有提出這項要求',
  'decline.done.title': '要求已取消',
  'decline.done.body': '我們不會再寄送有關 {ip} 的取消列出電子郵件到您的地址。您不需要再做任何事。',
  'decline.tooLate.title': '這項要求已經確認',
  'decline.tooLate.body':
    '在您回覆之前，已有人使用電子郵件中的連結將 {ip} 從清單中移除。我們不會再寄送有關 {ip} 的取消列出電子郵件到您的地址。如果您自己沒有開啟該連結，可能有其他人正在讀取您的電子郵件。',
  'decline.already.title': '您已經告知過我們',
  'decline.already.body': '我們不會寄送有關 {ip} 的取消列出電子郵件到您的地址。',
  'escalate.title': '請我們的工作人員審查列入項目',
  'escalate.intro':
    '當入口網站無法自行移除 IP 位址時，請使用此表單。我們的工作人員會閱讀每一個要求，並以電子郵件回覆。',
  'escalate.link': '請我們的工作人員審查',
  'escalate.cause.no-self-service': '{ip} 的列入項目由我們的工作人員審查，因此無法使用取消列出表單移除。',
  'escalate.cause.network-listed': '{ip} 是以網路 {network} 的一部分列入，只有我們的工作人員可以移除。',
  'escalate.cause.self-delist-limit':
    '{ip} 透過本入口網站移除的次數，已達到無須審查即可允許的上限（{window}內 {max} 次）。請告訴我們您做了哪些變更，再由我們的工作人員決定是否移除。',
  'escalate.legend': '您的要求',
  'escalate.email.hint': '我們會將確認連結寄到這裡，之後也會寄送我們的回覆。每個要求只能填寫一個地址。',
  'escalate.description': '發生了什麼事？您做了哪些變更？',
  'escalate.description.hint':
    '例如：哪個帳戶遭到入侵、您如何處理，或您對外寄郵件設定了哪些限制。最多 {max} 個字元。',
  'escalate.headers': '郵件標頭（選填）',
  'escalate.headers.hint': '如果您有遭拒絕的郵件，請在此貼上其完整標頭。最多 {max} 個字元。',
  'escalate.submit': '送出要求',
  'escalate.selfService.title': '{ip} 可以使用取消列出表單移除',
  'escalate.selfService.body': '入口網站可以自行移除此位址，不需要等待我們的工作人員。',
  'escalate.inPlay.title': '您已經針對 {ip} 提出過要求',
  'escalate.inPlay.unverified':
    '我們已寄給您一封相關的電子郵件。請開啟其中的連結並選取「送交工作人員」；不需要再次提出要求。',
  'escalate.inPlay.open': '您的要求正由我們的工作人員處理，他們會以電子郵件回覆。不需要再次提出要求。',
  'escalate.sent.body':
    '我們正在寄送確認電子郵件到 {email}。請在 {ttl}內開啟其中的連結並選取「送交工作人員」：完成這一步，您的要求才會送達我們。',
  'escalate.sent.missing': '超過 15 分鐘還沒收到？請查看垃圾郵件資料夾。',
  'escalation.title': '將您對 {ip} 的要求送交我們的工作人員',
  'escalation.cause': '入口網站無法移除的原因',
  'escalation.explain':
    '我們的工作人員會閱讀您的要求，並以電子郵件回覆到這個地址。在做出決定之前，該 IP 位址會留在清單中。',
  'escalation.button': '送交工作人員',
  'escalation.verified.title': '您的要求已送交我們的工作人員',
  'escalation.verified.body': '我們會以電子郵件回覆到 {email}。在此之前，{ip} 會留在清單中。',
  'escalation.open.title': '您的要求已經在我們的工作人員手上',
  'escalation.open.body': '您已於 {time} 送出。我們會以電子郵件回覆。',
  'escalation.answered.title': '您對 {ip} 的要求已獲回覆',
  'escalation.answered.body': '我們已於 {time} 以電子郵件回覆。',

  'lookup.title': '我的 IP 位址是否在清單上？',
  'lookup.intro': '查看某個 IP 位址是否在我們的封鎖寄件者清單中，以及您可以採取的行動。',
  'lookup.submit': '查詢',
  'lookup.notListed': '{ip} 不在封鎖寄件者清單中。',
  'lookup.listed': '{ip} 在封鎖寄件者清單中。',
  'lookup.network': '列入範圍',
  'lookup.since': '列入時間',
  'lookup.category': '原因',
  'lookup.removal': '離開清單的時間',
  'lookup.expires': '列入結束時間',
  'lookup.selfService': '使用取消列出表單移除',
  'lookup.noSelfService': '此列入項目無法透過本入口網站移除。',
  'category.spam': '曾有垃圾郵件從此位址寄出。',
  'category.malware': '曾有惡意軟體從此位址寄出。',
  'category.phishing': '曾有網路釣魚郵件從此位址寄出。',
  'category.compromised': '伺服器或其上的帳戶似乎已遭入侵。',
  'category.open-relay': '此伺服器會替任何人轉送郵件（開放式轉送）。',
  'category.policy': '此位址是依據我們的寄件原則列入的。',
  'help.title': '「banned sending IP」錯誤說明',
  'help.intro':
    '當 {provider} 因寄件伺服器的 IP 位址而拒絕郵件時，您的伺服器會收到類似下列的未傳遞回報（NDR）：',
  'help.codesTitle': '代碼的意義',
  'help.codes':
    '增強狀態碼 5.7.606 到 5.7.649 的意義全都相同：方括號中的 IP 位址列在 {provider} 的封鎖寄件者清單中。確切的數字只是讓我們的工作人員知道符合清單的哪個部分。無論數字為何，處理方式都一樣。',
  'help.checkTitle': '要求移除之前',
  'help.checkIntro': '位址會被列入，是因為從它寄出的郵件看起來像垃圾郵件。請先修正原因，否則它會再次被列入：',
  'help.check.relay': '伺服器不得替任何人轉送郵件（不可為開放式轉送）。',
  'help.check.accounts': '伺服器上的信箱或表單都不得遭入侵：請找出寄送郵件量異常的帳戶，並變更其密碼。',
  'help.check.outbound': '限制並監控外寄郵件，讓單一帳戶無法寄出數千封郵件。',
  'help.check.auth': '為您用來寄信的網域發佈 SPF、使用 DKIM 簽署，並發佈 DMARC 原則。',
  'help.check.rdns':
    '為 IP 位址設定指回該位址的反向 DNS 名稱（PTR），最好就是您的伺服器在 HELO 中使用的名稱。',
  'help.howTitle': '移除的方式與所需時間',
  'help.how':
    '在取消列出表單中填寫一個電子郵件地址和該 IP 位址。開啟確認電子郵件中的連結，然後選取「取消列出 IP」。該位址會在 {delay}後離開清單。',
  'help.how.now':
    '在取消列出表單中填寫一個電子郵件地址和該 IP 位址。開啟確認電子郵件中的連結，然後選取「取消列出 IP」。該位址會立即離開清單。',
  'help.againTitle': '位址為何會再次被列入',
  'help.again':
    '移除並不代表從此不會再被列入：如果又有垃圾郵件從該位址寄出，它就會再次被列入，而重複列入的位址可能無法再透過本入口網站移除。',
  'help.refusedTitle': '入口網站無法移除時',
  'help.refused':
    '部分列入項目由我們的工作人員審查：整個網路，以及標示為需要審查的列入項目。入口網站無法協助時會告訴您。',
  'help.escalate':
    '此時請使用審查表單，請我們的工作人員審查該列入項目：說明您做了哪些變更，我們會以電子郵件回覆。',
  'help.contact': '此時請聯絡 {contact}。',
  'help.reportTitle': '來自我們網路的垃圾郵件',
  'help.report': '收到從我們網路寄出的垃圾郵件、網路釣魚或惡意軟體嗎？請告訴我們，讓我們加以制止：',
  'nav.help': '說明',
  'nav.delist': '取消列出 IP',
  'nav.lookup': '查詢 IP',

  'confirm.title': '將 {ip} 從封鎖寄件者清單中移除',
  'confirm.ip': 'IP 位址',
  'confirm.email': '要求者',
  'confirm.requestedAt': '要求時間',
  'confirm.validUntil': '此連結的有效期限',
  'confirm.state': '狀態',
  'confirm.state.pending': '正在等待您選取「取消列出 IP」',
  'confirm.explain': '當您選取「取消列出 IP」後，該 IP 位址會在 {delay}後離開清單。',
  'confirm.explain.now': '當您選取「取消列出 IP」後，該 IP 位址會立即離開清單。',
  'confirm.button': '取消列出 IP',

  'scheduled.title': '{ip} 將被移除',
  'scheduled.body': '該 IP 位址將於下列時間離開封鎖寄件者清單：',
  'scheduled.local': '您所在時區的時間：{time}。',
  'scheduled.after':
    '快取了先前查詢結果的郵件伺服器可能還需要幾分鐘。如果又有垃圾郵件從此 IP 位址寄出，它可能會再次被列入。',

  'token.malformed.title': '此連結不完整',
  'token.malformed.body':
    '連結在傳送給您的途中被截斷或變更了。請將電子郵件中的完整連結複製到網址列，或重新開始。',
  'token.invalid.title': '此連結無效',
  'token.invalid.body': '此連結不是我們發出的，或已遭變更。請重新開始以取得新的確認電子郵件。',
  'token.expired.title': '此連結已過期',
  'token.expired.body': '確認連結的有效期限為 {ttl}。請重新開始以取得新的確認電子郵件。',
  'token.used.title': '此連結已經使用過',
  'token.used.body': '{ip} 的移除已經排定，將在下列時間離開清單：',
  'token.done.title': '這項要求已完成',
  'token.done.body': '{ip} 已於 {time} 從清單中移除。',
  'token.cancelled.title': '這項要求已取消',
  'token.cancelled.body': '提出這項要求後，{ip} 的列入項目有所變更。如果郵件仍遭到拒絕，請重新開始。',
  'token.declined.title': '這項要求已遭拒絕',
  'token.declined.body':
    '該電子郵件地址的擁有者告訴我們他們並未提出此要求，因此已經取消。請使用您自己會讀取的地址重新開始。',
  'token.unknown.title': '找不到這項要求',
  'token.unknown.body': '它可能已被移除。請重新開始以取得新的確認電子郵件。',
  'token.gone.title': '{ip} 已不在清單中',
  'token.gone.body': '已經沒有需要移除的項目。',
  'token.startAgain': '重新開始',

  'problem.forbidden.title': '請從本入口網站送出表單',
  'problem.forbidden.body':
    '這份表單來自其他網站，因此未被受理。為了您的安全，我們只接受在本入口網站頁面上填寫的表單。請在這裡開啟表單，然後再次送出。',
  'problem.notFound.title': '找不到網頁',
  'problem.notFound.body': '請檢查網址，或從取消列出表單開始。',
  'problem.badRequest.title': '我們無法讀取此要求',
  'problem.badRequest.body': '請開啟取消列出表單，並從那裡重新送出。',
  'problem.tooLarge.title': '此要求太大',
  'problem.tooLarge.body': '請從本入口網站送出表單，不要另外加入任何內容。',
  'problem.unsupported.title': '不接受這種要求',
  'problem.unsupported.body': '請在網頁瀏覽器中從本入口網站送出表單。',
  'problem.methodNotAllowed.title': '此頁面無法以這種方式使用',
  'problem.methodNotAllowed.body': '請開啟取消列出表單，並從那裡送出。',
  'problem.server.title': '我們這邊發生了問題',
  'problem.server.body': '未變更任何內容。請在幾分鐘後再試一次。',
  'problem.unavailable.title': '入口網站目前無法受理要求',
  'problem.unavailable.body':
    '我們無法儲存您的要求，因此未變更任何內容，也沒有寄出電子郵件。請在幾分鐘後再試一次。',
  'problem.home': '前往取消列出表單',

  'botCheck.failed.title': '請確認您是真人',
  'botCheck.missing':
    '請選取「我不是機器人」並等到出現勾號，然後再次送出表單。此檢查需要 JavaScript：如果沒有看到核取方塊，請為此網站開啟 JavaScript 並重新載入頁面。',
  'botCheck.invalid': '確認您是真人的檢查未通過。請重新載入頁面，然後再次送出表單。',
  'botCheck.expired': '確認您是真人的檢查已過期。請重新載入頁面，然後再次送出表單。',
  'botCheck.used': '此檢查已用於另一份表單。請重新載入頁面，然後再次送出表單。',
  'botCheck.noscript':
    '此表單使用 JavaScript 確認您是真人：您的瀏覽器會解開一個小謎題，不會傳送任何資料給其他人。請為此網站開啟 JavaScript 並重新載入頁面。',
  'botCheck.widget.label': '我不是機器人',
  'botCheck.widget.verifying': '檢查中…',
  'botCheck.widget.verified': '已檢查',
  'botCheck.widget.waitAlert': '檢查中…請稍候。',
  'botCheck.widget.verificationRequired': '請等檢查完成後再送出表單。',
  'botCheck.widget.error': '檢查失敗。請重新載入頁面後再試一次。',
  'botCheck.widget.expired': '檢查已過期。請再試一次。',
  'botCheck.widget.loading': '載入中…',
  'botCheck.widget.reload': '重新載入',
  'botCheck.widget.verify': '檢查',
  'botCheck.widget.cancel': '取消',

  'limit.title': '要求次數過多',
  'limit.client': '此連線在短時間內送出了許多表單。',
  'limit.recipient-hour':
    '過去一小時內，我們已寄送多封確認電子郵件到此地址。為了保護其擁有者，我們暫時不會再寄送。',
  'limit.recipient-day': '今天我們已寄送多封確認電子郵件到此地址。為了保護其擁有者，我們暫時不會再寄送。',
  'limit.ip-day': '今天已有許多針對此 IP 位址的取消列出要求。',
  'limit.report-client-day': '此連線今天已送出許多濫用回報。',
  'limit.retry': '您可以在 {time} 之後再試一次。',

  'time.utc': '{time}（UTC）',

  'email.confirm.subject': '請確認將 {ip} 從封鎖寄件者清單中移除',
  'email.confirm.greeting': '您好：',
  'email.confirm.intro': '有人（可能就是您）於 {time} 要求將 IP 位址 {ip} 從我們的封鎖寄件者清單中移除。',
  'email.confirm.action': '若要繼續，請開啟此連結並選取「取消列出 IP」：',
  'email.confirm.button': '開啟取消列出頁面',
  'email.confirm.expiry': '此連結只能使用一次，有效期限至 {time}。',
  'email.confirm.ignore':
    '如果您沒有提出這項要求，請忽略這封電子郵件：除非有人開啟連結並選取「取消列出 IP」，否則不會有任何變更。',
  'email.confirm.notMe': '沒有提出這項要求？請在此告訴我們，我們將不再寄送有關 {ip} 的這類電子郵件給您：',
  'email.confirm.signature': '取消列出入口網站',
  'email.escalation.subject': '請確認您要求審查 {ip} 的列入項目',
  'email.escalation.intro': '有人（可能就是您）於 {time} 要求我們的工作人員審查 IP 位址 {ip} 的列入項目。',
  'email.escalation.action': '若要將要求送交我們的工作人員，請開啟此連結並選取「送交工作人員」：',
  'email.escalation.button': '開啟要求',
  'email.escalation.ignore':
    '如果您沒有提出這項要求，請忽略這封電子郵件：除非有人開啟連結，否則這項要求不會送達任何人。',
  'email.answer.subject': '關於 {ip} 列入項目的回覆',
  'email.answer.intro': '您於 {time} 要求我們的工作人員審查 {ip} 的列入項目。他們的回覆如下：',
  'email.answer.lookup': '{ip} 目前是否在清單中：',

  'mailbox.title': '已擷取的電子郵件',
  'mailbox.note':
    '本入口網站未設定郵件伺服器（SMTP_URL），因此電子郵件會保留在這裡，而不會寄出。此頁面只在這種模式下存在。',
  'mailbox.empty': '目前還沒有電子郵件。',
  'mailbox.to': '收件者',
  'mailbox.subject': '主旨',
  'mailbox.date': '日期',
  'mailbox.back': '所有已擷取的電子郵件',
  'mailbox.html': '顯示 HTML 部分',
  'nav.report': '回報濫用',
  'report.title': '回報來自我們網路的垃圾郵件或濫用行為',
  'report.intro':
    '您是否收到從我們網路寄出的垃圾郵件、網路釣魚或惡意軟體？請提供郵件標頭，或將整封郵件以 .eml 檔案上傳，我們會找出寄出它的伺服器。',
  'report.notDelist': '是您自己的郵件遭到我們拒絕嗎？那是另一個頁面：',
  'report.legend': '您的回報',
  'report.category': '這是哪一種郵件？',
  'report.category.hint': '請選擇最符合的一項。',
  'report.category.spam': '垃圾郵件：不請自來的大量郵件或廣告郵件',
  'report.category.phishing': '網路釣魚：試圖騙取密碼、付款資料或個人資料',
  'report.category.malware': '惡意軟體：夾帶病毒或病毒的連結',
  'report.category.other': '其他濫用行為',
  'report.headers': '郵件標頭',
  'report.headers.hint':
    '在您的郵件程式中開啟郵件，選擇「顯示原始郵件」、「檢視原始碼」或「郵件標頭」，複製全部內容並貼在這裡（最多 {max}）。或改在下方將郵件以檔案上傳。',
  'report.file': '或將郵件以 .eml 檔案上傳',
  'report.file.hint':
    '將郵件儲存為檔案（通常是從郵件程式中拖曳出來，或使用「另存新檔」），然後在這裡選擇。最多 {max}。',
  'report.description': '發生了什麼事（選填）',
  'report.description.hint': '其他我們應該知道的事，最多 {length} 個字元。',
  'report.email': '您的電子郵件地址（選填）',
  'report.email.hint':
    '只有在您同意我們就此回報與您聯絡時才需填寫。除非需要向您詢問，否則我們不會寄電子郵件給您。',
  'report.submit': '送出回報',
  'report.howTitle': '接下來會如何處理',
  'report.how':
    '我們的工作人員會審查每一份回報，若郵件來自我們的網路，就會對寄件者採取行動。我們會保留回報以便處理，並在處理完畢一段時間後刪除您的地址和郵件。',
  'report.thanks.title': '感謝您的回報',
  'report.thanks.reference': '您的參考編號是 {reference}。若您就此回報與我們聯絡，請提供此編號。',
  'report.thanks.ip': '根據郵件標頭，這封郵件是從 {ip} 寄出的。',
  'report.thanks.outside':
    '根據郵件標頭，這封郵件並未經過我們的網路：它是從 {ip} 寄出的。如果它來自其他供應商，也請向對方回報。我們仍會查看這份回報。',
  'report.thanks.noIp': '我們無法在標頭中找到寄件伺服器的位址。我們仍會查看這份回報。',
  'report.thanks.contact': '如果需要更多細節，我們會寫信到 {email}。',
  'report.thanks.noContact': '您沒有提供電子郵件地址，因此我們不會就此與您聯絡。',
  'report.another': '回報另一封郵件',
  'report.unknown.title': '找不到這份回報',
  'report.unknown.body': '請檢查網址中的參考編號，或重新送出回報。',
  'report.again': '前往回報表單',
  'email.reportNotice.subject': '濫用回報 {reference}：來自 {ip} 的 {category}',
  'email.reportNotice.intro': '一份新的濫用回報 {reference} 已於 {time} 透過入口網站送達。',
  'email.reportNotice.category': '類別：{category}',
  'email.reportNotice.ip': '寄件 IP：{ip}',
  'email.reportNotice.noIp': '標頭中找不到',
  'email.reportNotice.basis.own-network': '郵件進入 OWN_NETWORKS 之處',
  'email.reportNotice.basis.earliest-public': '最早的公用位址；未設定 OWN_NETWORKS',
  'email.reportNotice.basis.outside-own-networks': '沒有任何躍點位於 OWN_NETWORKS 內',
  'email.reportNotice.read':
    '這封電子郵件不會重複回報者輸入的任何內容。請在入口網站的主機上閱讀回報及其郵件：',
  'error.report.category': '請選擇這是哪一種郵件。',
  'error.report.description.tooLong': '請最多輸入 {length} 個字元。',
  'error.report.message.missing': '請貼上郵件標頭，或將郵件以 .eml 檔案上傳。',
  'error.report.message.both': '請貼上標頭或上傳檔案，不要兩者都做：請清除標頭或移除檔案。',
  'error.report.message.tooLarge':
    '回報超過我們可接受的大小：郵件最多 {max}。請只貼上標頭，或上傳較小的檔案。',
  'error.report.headers.tooLarge': '貼上的文字超過 {max}。請只貼上標頭。',
  'error.report.headers.notAMessage':
    '這看起來不像郵件標頭：標頭會以「Received: from ...」之類的行開頭。請從郵件程式的「顯示原始郵件」或「檢視原始碼」複製。',
  'error.report.file.empty': '檔案是空的。請選擇已儲存的郵件。',
  'error.report.file.tooLarge': '檔案超過 {max}。請改為只貼上標頭。',
  'error.report.file.outlookMsg':
    '這是 Outlook 的 .msg 檔案，我們無法讀取。請將郵件儲存為 .eml 檔案，或貼上其標頭。',
  'error.report.file.notAMessage': '此檔案不是電子郵件。請選擇儲存為 .eml 檔案的郵件，或貼上其標頭。',
} as const satisfies Catalog;
