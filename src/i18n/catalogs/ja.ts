// 日本語 (ja). Terms as the provider's own Japanese delist-portal help pages use them:
//   blocked senders list    受信拒否リスト
//   delist portal           リスト除外ポータル
//   Delist IP (the button)  IP をリストから除外
//   non-delivery report     配信不可レポート (NDR)
//   IP address              IP アドレス
//   email / email address   メール / メールアドレス
//   confirmation email/link 確認メール / 確認リンク
//   mail server             メールサーバー
//   Submit                  送信
// Polite form (です・ます) throughout; UI labels quoted in 「」.
import type { Catalog } from './en.js';

export const ja = {
  'site.name': 'リスト除外ポータル',
  'site.skip': 'メインコンテンツへスキップ',
  'site.footer':
    'このポータルは、当社の受信拒否リストから IP アドレスを削除するためのものです。パスワードをお尋ねすることはありません。',
  'language.name': '日本語',
  'language.switcher': '言語',

  'form.title': 'IP アドレスを受信拒否リストから削除する',
  'form.intro':
    'お使いのサーバーからのメールが次のようなメッセージで拒否された場合、そのサーバーの IP アドレスは当社の受信拒否リストに登録されています。その IP アドレスからのメールは、リストから削除されるまで拒否されます。',
  'form.ndrLabel': 'エラーメッセージ（配信不可レポート、NDR）の例',
  'form.stepsTitle': '手続きの流れ',
  'form.step1':
    '今すぐ読めるメールアドレスと、エラーメッセージの角かっこ [ ] 内に示された IP アドレスを入力します。',
  'form.step2':
    'そのアドレスに確認メールをお送りします。メール内のリンクは {ttl}有効で、使えるのは 1 回だけです。',
  'form.step3': 'リンクを開き、「IP をリストから除外」を選択します。',
  'form.step4': '「IP をリストから除外」を選択してから {delay}後に、IP アドレスはリストから削除されます。',
  'form.step4.now': '「IP をリストから除外」を選択すると、IP アドレスはすぐにリストから削除されます。',
  'form.selfDelistLimit':
    'この方法で IP アドレスを削除できる回数には上限があります（{window}に {max} 回）。上限に達した後は、次の申請を当社の担当者が審査してからアドレスを削除します。',
  'form.beforeTitle': '申請の前に',
  'form.before':
    'その IP アドレスからのメールがスパムと判定された原因を突き止め、先に対処してください。オープンリレー、乗っ取られたアカウント、誰でもメールを送れるフォームが残っていると、アドレスは再びリストに登録されます。',
  'form.legend': '申請内容',
  'form.email': 'メールアドレス',
  'form.email.hint': '確認リンクはこのアドレスに送信されます。1 回の申請につきアドレスは 1 つです。',
  'form.email.hintRdns':
    '確認リンクはこのアドレスに送信されます。IP アドレスの逆引き DNS 名のドメインにあるアドレスを入力してください。たとえば mail.example.net なら、example.net のアドレスです。',
  'rdns.no-rdns':
    '{ip} には逆引き DNS 名（PTR レコード）がないため、どのドメインに属するか判断できません。IP アドレスの提供元に設定を依頼してから、もう一度お試しください。',
  'rdns.not-confirmed':
    '{ip} の逆引き DNS 名は {name} ですが、{name} は {ip} を指していません。名前とアドレスが互いを指すように設定してから、もう一度お試しください。',
  'rdns.other-domain':
    '{ip} の確認メールは、その逆引き DNS 名のドメインである {domain} のアドレスにのみ送信します。{domain} のアドレスを入力してください。',
  'rdns.failed.title': '現在、逆引き DNS を確認できません',
  'rdns.failed.body':
    '{ip} の逆引き DNS 名を調べることができませんでした。何も保存されていません。数分後にもう一度お試しください。',
  'form.ip': 'IP アドレス',
  'form.ip.hint':
    'エラーメッセージに示されたとおりのアドレスを 1 つ入力します。例: 203.0.113.7、2001:db8::25',
  'form.ack': 'この IP アドレスから送信されるメールが、迷惑行為や悪意のあるものではないことを確認しました。',
  'form.submit': '送信',
  'form.errorSummary': '入力内容に問題があります',

  'error.email.required': 'メールアドレスを入力してください。',
  'error.email.invalid':
    'メールアドレスを 1 つ、name@example.com の形式で入力してください。前後に名前などの文字を付けないでください。',
  'error.email.tooLong': 'メールアドレスは 254 文字以内、@ の前は 64 文字以内で入力してください。',
  'error.email.localPart': "@ の前の部分には、半角英字、数字、および記号 . _ ' + - のみを使用してください。",
  'error.ip.empty': 'エラーメッセージの角かっこ [ ] 内に示された IP アドレスを入力してください。',
  'error.ip.list': 'IP アドレスは 1 つだけ入力してください。アドレスごとに別々に申請してください。',
  'error.ip.cidr':
    '範囲ではなく、1 つの IP アドレスを入力してください。スラッシュとそれ以降を削除してください。ネットワーク単位の削除は当社でのみ行えます。',
  'error.ip.zone':
    'ゾーン（% とそれ以降）を削除してください。ゾーンはお使いのネットワーク内でのみ意味を持ちます。',
  'error.ip.ipv4-spelling':
    'IPv4 アドレスは、0 から 255 までの 4 つの数字をドットで区切り、先頭に 0 を付けずに入力してください。例: 203.0.113.7',
  'error.ip.not-an-ip':
    'これは IP アドレスではありません。エラーメッセージの角かっこ内のアドレスをコピーしてください。例: 203.0.113.7',
  'error.ip.private':
    'これはネットワーク内でのみ使われるプライベートアドレスです。メールはお使いのパブリックアドレスから届きます。エラーメッセージの角かっこ内のアドレスをコピーしてください。',
  'error.ip.loopback':
    'これはループバックアドレスです。コンピューターの外に出ることがないため、当社のリストに載ることはありません。パブリックアドレスを入力してください。',
  'error.ip.link-local':
    'これはリンクローカルアドレスです。ローカルネットワークの外に出ることがないため、当社のリストに載ることはありません。パブリックアドレスを入力してください。',
  'error.ip.multicast':
    'これはマルチキャストアドレスです。このアドレスからメールを送信するメールサーバーはありません。メールサーバーのアドレスを入力してください。',
  'error.ip.unspecified':
    'このアドレスは特定のコンピューターのものではありません。メールサーバーのアドレスを入力してください。',
  'error.ip.reserved':
    'このアドレスは予約済みでインターネット上では使われないため、当社のリストに載ることはありません。パブリックアドレスを入力してください。',
  'error.description.required': '何が起きたのか、そして何を変更したのかを記入してください。',
  'error.description.tooLong': '説明は 4,000 文字以内にしてください。',
  'error.headers.tooLong':
    'ヘッダーは 16,000 文字以内で貼り付けてください。ヘッダー行だけで十分で、メッセージ本文は不要です。',
  'error.text.control':
    'このテキストから制御文字を削除してください。使用できるのは文字、数字、句読点、改行のみです。',
  'error.ack.required':
    'この IP アドレスから送信されるメールが迷惑行為や悪意のあるものではないことを確認してください。',

  'notListed.title': '{ip} は受信拒否リストに登録されていません',
  'notListed.body': '削除するものはなく、メールも送信していません。',
  'notListed.next':
    'それでもメールが拒否される場合は、最新のエラーメッセージの角かっこ内にある IP アドレスを確認してください。メールが別のアドレスから送信されている可能性があります。',

  'networkListed.title': '{ip} はここでは削除できません',
  'networkListed.body':
    'このアドレスは、ネットワーク {network} の一部としてリストに登録されています。ネットワーク全体の登録は当社の担当者が審査するため、このポータルからは削除できません。',

  'noSelfService.body': 'この登録は当社の担当者が審査するため、このポータルからは削除できません。',

  'alreadyScheduled.title': '{ip} はまもなくリストから削除されます',
  'alreadyScheduled.body': '削除はすでに予定されています。リストから削除される日時は次のとおりです。',
  'queued.title': 'メールを確認してください',

  'suppressed.title': 'このアドレスには確認メールを送信できません',
  'suppressed.body':
    'このメールアドレスの所有者から、{ip} に関するリスト除外のメールを送らないよう依頼されています。ご自身で読める別のアドレスを使用してください。',

  'status.title': '{ip} の申請',
  'status.titlePending': 'メールを確認してください',
  'status.request': '申請',
  'status.email': '確認メール',
  'status.state.pending':
    'メール内のリンクを開いて「IP をリストから除外」を選択していただくのを待っています。リンクは {time} まで有効です。',
  'status.state.scheduled': '確認されました。IP アドレスは {time} にリストから削除されます。',
  'status.state.delisted': '完了しました。IP アドレスは {time} にリストから削除されました。',
  'status.state.expired':
    'メール内のリンクは使われないまま有効期限が切れました。まだ削除が必要な場合は、最初からやり直してください。',
  'status.state.cancelled': '取り消されました。申請の後でリストの登録内容が変更されました。',
  'status.state.declined':
    '取り消されました。メールアドレスの所有者から、申請に心当たりがないと連絡がありました。',
  'status.state.undeliverable':
    '取り消されました。確認メールを配信できませんでした。アドレスを確認して、最初からやり直してください。',
  'status.email.queued': '{email} に送信しています。通常は数分以内に届きます。',
  'status.email.retrying':
    '当社のメールサーバーはまだこのメールを受け付けていません。{time} に再試行します。',
  'status.email.sent':
    '{time} に {email} へ送信しました。受信トレイにない場合は、迷惑メールフォルダーを確認してください。送信元は {from} です。',
  'status.email.failed': '{email} に送信できませんでした。当社のメールサーバーが受け付けませんでした。',
  'status.resend': 'メールを再送信する',
  'status.resendAfter': '届いていない場合は、{time} 以降にメールの再送信を依頼できます。',
  'status.resent': 'メールを再送信しています。',
  'status.tooSoon': 'もうしばらく待ってから、もう一度お試しください。',
  'status.keep': '申請の状況を確認できるよう、このページを開いたままにするか、ブックマークしてください。',

  'decline.title': 'この申請に心当たりはありませんか？',
  'decline.body':
    '{ip} を当社の受信拒否リストから削除するよう申請があり、確認先としてあなたのメールアドレス {email} が指定されました。',
  'decline.explain':
    'ご自身による申請でない場合は、ボタンを押してください。申請を取り消し、今後 {ip} に関するリスト除外のメールをこのアドレスに送信しません。',
  'decline.button': '申請していません',
  'decline.done.title': '申請を取り消しました',
  'decline.done.body':
    '今後、{ip} に関するリスト除外のメールをこのアドレスに送信することはありません。これ以上の操作は必要ありません。',
  'decline.tooLate.title': 'この申請はすでに確認されています',
  'decline.tooLate.body':
    'ご回答の前に、メール内のリンクを使って {ip} をリストから削除する操作が行われました。今後、{ip} に関するリスト除外のメールをこのアドレスに送信することはありません。ご自身でリンクを開いていない場合は、他の誰かがあなたのメールを読んでいる可能性があります。',
  'decline.already.title': 'すでにご連絡いただいています',
  'decline.already.body': '{ip} に関するリスト除外のメールは、このアドレスには送信しません。',
  'escalate.title': '登録の審査を当社の担当者に依頼する',
  'escalate.intro':
    'ポータルで IP アドレスを削除できない場合は、このフォームを使用してください。当社の担当者がすべての依頼に目を通し、メールで回答します。',
  'escalate.link': '担当者に審査を依頼する',
  'escalate.cause.no-self-service':
    '{ip} の登録は当社の担当者が審査するため、リスト除外フォームでは削除できません。',
  'escalate.cause.network-listed':
    '{ip} はネットワーク {network} の一部として登録されており、当社の担当者のみが削除できます。',
  'escalate.cause.self-delist-limit':
    '{ip} は、審査なしで認められる回数（{window}に {max} 回）まで、すでにこのポータルから削除されています。何を変更したかをお知らせください。削除するかどうかは当社の担当者が判断します。',
  'escalate.legend': '依頼内容',
  'escalate.email.hint':
    '確認リンクと、後ほど当社からの回答をこのアドレスに送信します。1 回の依頼につきアドレスは 1 つです。',
  'escalate.description': '何が起きましたか？また、何を変更しましたか？',
  'escalate.description.hint':
    '例: どのアカウントが乗っ取られ、どのように対処したか、送信メールにどのような制限を設けたか。{max} 文字以内。',
  'escalate.headers': 'メッセージヘッダー（任意）',
  'escalate.headers.hint':
    '拒否されたメッセージがある場合は、その完全なヘッダーをここに貼り付けてください。{max} 文字以内。',
  'escalate.submit': '依頼を送信',
  'escalate.selfService.title': '{ip} はリスト除外フォームで削除できます',
  'escalate.selfService.body': 'このアドレスは、当社の担当者を待たずにポータルで削除できます。',
  'escalate.inPlay.title': '{ip} についてはすでにご依頼いただいています',
  'escalate.inPlay.unverified':
    'この件についてメールをお送りしました。メール内のリンクを開いて「担当者に送信」を選択してください。もう一度依頼する必要はありません。',
  'escalate.inPlay.open':
    'ご依頼は当社の担当者が対応中で、メールで回答します。もう一度依頼する必要はありません。',
  'escalate.sent.body':
    '{email} に確認メールを送信しています。{ttl}以内にメール内のリンクを開いて「担当者に送信」を選択してください。そうして初めて、ご依頼が当社に届きます。',
  'escalate.sent.missing': '15 分たっても届かない場合は、迷惑メールフォルダーを確認してください。',
  'escalation.title': '{ip} についての依頼を当社の担当者に送信する',
  'escalation.cause': 'ポータルで削除できない理由',
  'escalation.explain':
    '当社の担当者がご依頼を確認し、このアドレスにメールで回答します。判断が出るまで、IP アドレスはリストに登録されたままです。',
  'escalation.button': '担当者に送信',
  'escalation.verified.title': 'ご依頼は当社の担当者に届きました',
  'escalation.verified.body': '{email} にメールで回答します。それまで {ip} はリストに登録されたままです。',
  'escalation.open.title': 'ご依頼はすでに当社の担当者に届いています',
  'escalation.open.body': '{time} に送信されました。メールで回答します。',
  'escalation.answered.title': '{ip} についてのご依頼には回答済みです',
  'escalation.answered.body': '{time} にメールで回答しました。',

  'lookup.title': 'IP アドレスは登録されていますか？',
  'lookup.intro': 'IP アドレスが当社の受信拒否リストに登録されているかどうかと、その対処方法を確認できます。',
  'lookup.submit': '確認',
  'lookup.notListed': '{ip} は受信拒否リストに登録されていません。',
  'lookup.listed': '{ip} は受信拒否リストに登録されています。',
  'lookup.network': '登録されている範囲',
  'lookup.since': '登録日時',
  'lookup.category': '理由',
  'lookup.removal': 'リストから削除される日時',
  'lookup.expires': '登録の終了日時',
  'lookup.selfService': 'リスト除外フォームで削除する',
  'lookup.noSelfService': 'この登録は、このポータルからは削除できません。',
  'category.spam': 'このアドレスからスパムが送信されました。',
  'category.malware': 'このアドレスからマルウェアが送信されました。',
  'category.phishing': 'このアドレスからフィッシングメールが送信されました。',
  'category.compromised': 'サーバー、またはサーバー上のアカウントが乗っ取られている可能性があります。',
  'category.open-relay': 'サーバーが誰のメールでも中継しています（オープンリレー）。',
  'category.policy': '当社の送信ポリシーにより登録されています。',
  'help.title': '「banned sending IP」エラーについてのヘルプ',
  'help.intro':
    '送信サーバーの IP アドレスが原因で {provider} がメールを拒否すると、お使いのサーバーには次のような配信不可レポート（NDR）が返されます。',
  'help.codesTitle': 'コードの意味',
  'help.codes':
    '拡張ステータスコード 5.7.606 から 5.7.649 はすべて同じ意味で、角かっこ内の IP アドレスが {provider} の受信拒否リストに登録されていることを示します。番号は、リストのどの部分に該当したかを当社の担当者に示すだけのものです。番号にかかわらず、対処方法は同じです。',
  'help.checkTitle': '削除を申請する前に',
  'help.checkIntro':
    'アドレスが登録されるのは、そこからのメールがスパムのように見えたためです。先に原因を解決しないと、再び登録されます。',
  'help.check.relay': 'サーバーが誰のメールでも中継する状態（オープンリレー）になっていないこと。',
  'help.check.accounts':
    'サーバー上のメールボックスやフォームが乗っ取られていないこと。普段より大量のメールを送信しているアカウントを探し、パスワードを変更してください。',
  'help.check.outbound':
    '送信メールを制限して監視し、1 つのアカウントから数千通ものメールを送れないようにすること。',
  'help.check.auth':
    '送信に使うドメインについて、SPF を公開し、DKIM で署名し、DMARC ポリシーを公開すること。',
  'help.check.rdns':
    'IP アドレスに、その IP アドレスを指し返す逆引き DNS 名（PTR）を設定すること。サーバーが HELO で名乗る名前が理想です。',
  'help.howTitle': '削除の流れと所要時間',
  'help.how':
    'リスト除外フォームに、メールアドレスを 1 つと IP アドレスを入力します。確認メール内のリンクを開き、「IP をリストから除外」を選択します。アドレスはその {delay}後にリストから削除されます。',
  'help.how.now':
    'リスト除外フォームに、メールアドレスを 1 つと IP アドレスを入力します。確認メール内のリンクを開き、「IP をリストから除外」を選択します。アドレスはすぐにリストから削除されます。',
  'help.againTitle': 'アドレスが再び登録される理由',
  'help.again':
    '削除されても、今後登録されないという保証にはなりません。そのアドレスから再びスパムが送信されると再登録され、登録が繰り返されると、このポータルからは削除できなくなる場合があります。',
  'help.refusedTitle': 'ポータルで削除できない場合',
  'help.refused':
    'ネットワーク全体の登録や審査対象として指定された登録など、一部の登録は当社の担当者が審査します。ポータルで対応できない場合は、その旨が表示されます。',
  'help.escalate':
    'その場合は、審査依頼フォームで当社の担当者に登録の審査を依頼してください。何を変更したかをお知らせいただければ、メールで回答します。',
  'help.contact': 'その場合は {contact} までお問い合わせください。',
  'help.reportTitle': '当社のネットワークから送信されたスパム',
  'help.report':
    '当社のネットワークから送信されたスパム、フィッシング、マルウェアを受け取りましたか？ 送信を止められるよう、お知らせください。',
  'nav.help': 'ヘルプ',
  'nav.delist': 'IP をリストから除外',
  'nav.lookup': 'IP を確認',

  'confirm.title': '{ip} を受信拒否リストから削除する',
  'confirm.ip': 'IP アドレス',
  'confirm.email': '申請者',
  'confirm.requestedAt': '申請日時',
  'confirm.validUntil': 'このリンクの有効期限',
  'confirm.state': '状態',
  'confirm.state.pending': '「IP をリストから除外」の選択待ち',
  'confirm.explain':
    '「IP をリストから除外」を選択すると、その {delay}後に IP アドレスがリストから削除されます。',
  'confirm.explain.now': '「IP をリストから除外」を選択すると、IP アドレスはすぐにリストから削除されます。',
  'confirm.button': 'IP をリストから除外',

  'scheduled.title': '{ip} は削除されます',
  'scheduled.body': 'IP アドレスは次の日時に受信拒否リストから削除されます。',
  'scheduled.local': 'お使いのタイムゾーンでは {time} です。',
  'scheduled.after':
    '以前の応答をキャッシュしているメールサーバーでは、反映までさらに数分かかる場合があります。この IP アドレスから再びスパムが送信されると、再登録されることがあります。',

  'token.malformed.title': 'このリンクは不完全です',
  'token.malformed.body':
    'リンクが途中で切れたか、届くまでの間に変更されました。メール内のリンク全体をアドレスバーにコピーするか、最初からやり直してください。',
  'token.invalid.title': 'このリンクは無効です',
  'token.invalid.body':
    'このリンクは当社が発行したものではないか、変更されています。最初からやり直して、新しい確認メールを受け取ってください。',
  'token.expired.title': 'このリンクは有効期限が切れています',
  'token.expired.body':
    '確認リンクの有効期間は {ttl}です。最初からやり直して、新しい確認メールを受け取ってください。',
  'token.used.title': 'このリンクはすでに使用されています',
  'token.used.body': '{ip} の削除はすでに予定されています。リストから削除される日時は次のとおりです。',
  'token.done.title': 'この申請は完了しています',
  'token.done.body': '{ip} は {time} にリストから削除されました。',
  'token.cancelled.title': 'この申請は取り消されました',
  'token.cancelled.body':
    'この申請の後で、{ip} の登録内容が変更されました。まだメールが拒否される場合は、最初からやり直してください。',
  'token.declined.title': 'この申請は拒否されました',
  'token.declined.body':
    'メールアドレスの所有者から申請に心当たりがないと連絡があったため、取り消されました。ご自身で読めるアドレスで最初からやり直してください。',
  'token.unknown.title': 'この申請が見つかりません',
  'token.unknown.body':
    '削除された可能性があります。最初からやり直して、新しい確認メールを受け取ってください。',
  'token.gone.title': '{ip} はすでにリストに登録されていません',
  'token.gone.body': '削除するものは残っていません。',
  'token.startAgain': '最初からやり直す',

  'problem.forbidden.title': 'このポータルからフォームを送信してください',
  'problem.forbidden.body':
    '他のウェブサイトから送信されたフォームのため、受け付けませんでした。安全のため、このポータルのページで入力されたフォームのみを受け付けています。このポータルでフォームを開き、もう一度送信してください。',
  'problem.notFound.title': 'ページが見つかりません',
  'problem.notFound.body': 'アドレスを確認するか、リスト除外フォームから始めてください。',
  'problem.badRequest.title': 'このリクエストを読み取れませんでした',
  'problem.badRequest.body': 'リスト除外フォームを開き、そこからもう一度送信してください。',
  'problem.tooLarge.title': 'このリクエストは大きすぎます',
  'problem.tooLarge.body': 'このポータルのフォームを、何も追加せずに送信してください。',
  'problem.unsupported.title': 'この種類のリクエストは受け付けていません',
  'problem.unsupported.body': 'このポータルのフォームを Web ブラウザーから送信してください。',
  'problem.methodNotAllowed.title': 'このページはその方法では使用できません',
  'problem.methodNotAllowed.body': 'リスト除外フォームを開き、そこから送信してください。',
  'problem.server.title': '当社側で問題が発生しました',
  'problem.server.body': '何も変更されていません。数分後にもう一度お試しください。',
  'problem.unavailable.title': 'ポータルは現在、申請を受け付けることができません',
  'problem.unavailable.body':
    '申請を保存できなかったため、何も変更されず、メールも送信されていません。数分後にもう一度お試しください。',
  'problem.home': 'リスト除外フォームへ',

  'botCheck.failed.title': '人による操作であることを確認してください',
  'botCheck.missing':
    '「私はロボットではありません」を選択してチェックが付くまでお待ちいただき、フォームをもう一度送信してください。この確認には JavaScript が必要です。チェックボックスが表示されない場合は、このサイトで JavaScript を有効にしてページを再読み込みしてください。',
  'botCheck.invalid':
    '人による操作であることを確認できませんでした。ページを再読み込みしてから、フォームをもう一度送信してください。',
  'botCheck.expired':
    '人による操作であることの確認は有効期限が切れました。ページを再読み込みしてから、フォームをもう一度送信してください。',
  'botCheck.used':
    'この確認はすでに別のフォームで使用されています。ページを再読み込みしてから、フォームをもう一度送信してください。',
  'botCheck.noscript':
    'このフォームでは、人による操作であることを JavaScript で確認します。ブラウザーが小さなパズルを解くだけで、第三者には何も送信されません。このサイトで JavaScript を有効にして、ページを再読み込みしてください。',
  'botCheck.widget.label': '私はロボットではありません',
  'botCheck.widget.verifying': '確認しています…',
  'botCheck.widget.verified': '確認済み',
  'botCheck.widget.waitAlert': '確認しています… しばらくお待ちください。',
  'botCheck.widget.verificationRequired': '確認が終わるまで待ってから、フォームを送信してください。',
  'botCheck.widget.error': '確認に失敗しました。ページを再読み込みして、もう一度お試しください。',
  'botCheck.widget.expired': '確認の有効期限が切れました。もう一度お試しください。',
  'botCheck.widget.loading': '読み込んでいます…',
  'botCheck.widget.reload': '再読み込み',
  'botCheck.widget.verify': '確認',
  'botCheck.widget.cancel': 'キャンセル',

  'limit.title': 'リクエストが多すぎます',
  'limit.client': 'この接続から短時間に多くのフォームが送信されました。',
  'limit.recipient-hour':
    '過去 1 時間に、このアドレスへ確認メールを何通も送信しました。アドレスの所有者を守るため、当面はこれ以上送信しません。',
  'limit.recipient-day':
    '今日はこのアドレスへ確認メールを何通も送信しました。アドレスの所有者を守るため、当面はこれ以上送信しません。',
  'limit.ip-day': '今日はこの IP アドレスについて、リスト除外の申請が多数ありました。',
  'limit.report-client-day': '今日はこの接続から多くの不正使用の報告が送信されました。',
  'limit.retry': '{time} 以降にもう一度お試しください。',

  'time.utc': '{time} UTC',

  'email.confirm.subject': '{ip} の受信拒否リストからの削除の確認',
  'email.confirm.greeting': 'ご担当者様',
  'email.confirm.intro':
    '{time} に、IP アドレス {ip} を当社の受信拒否リストから削除するよう申請がありました（おそらくご本人からの申請です）。',
  'email.confirm.action': '続行するには、次のリンクを開いて「IP をリストから除外」を選択してください。',
  'email.confirm.button': 'リスト除外のページを開く',
  'email.confirm.expiry': 'このリンクは {time} まで、1 回だけ使用できます。',
  'email.confirm.ignore':
    '心当たりがない場合は、このメールを無視してください。誰かがリンクを開いて「IP をリストから除外」を選択しない限り、何も変更されません。',
  'email.confirm.notMe':
    '申請に心当たりがない場合は、こちらからお知らせください。今後、{ip} に関するこのようなメールは送信しません。',
  'email.confirm.signature': 'リスト除外ポータル',
  'email.escalation.subject': '{ip} の登録の審査依頼の確認',
  'email.escalation.intro':
    '{time} に、IP アドレス {ip} の登録を当社の担当者が審査するよう依頼がありました（おそらくご本人からの依頼です）。',
  'email.escalation.action':
    '依頼を当社の担当者に送信するには、次のリンクを開いて「担当者に送信」を選択してください。',
  'email.escalation.button': '依頼を開く',
  'email.escalation.ignore':
    '心当たりがない場合は、このメールを無視してください。誰かがリンクを開かない限り、依頼は誰にも届きません。',
  'email.answer.subject': '{ip} の登録についての回答',
  'email.answer.intro':
    '{time} に、{ip} の登録について当社の担当者による審査をご依頼いただきました。担当者からの回答は次のとおりです。',
  'email.answer.lookup': '{ip} が現在登録されているかどうか:',

  'mailbox.title': '保存されたメール',
  'mailbox.note':
    'このポータルにはメールサーバー（SMTP_URL）が設定されていないため、メールは送信されずにここに保存されます。このページはこのモードでのみ存在します。',
  'mailbox.empty': 'まだメールはありません。',
  'mailbox.to': '宛先',
  'mailbox.subject': '件名',
  'mailbox.date': '日時',
  'mailbox.back': '保存されたすべてのメール',
  'mailbox.html': 'HTML パートを表示',
  'nav.report': '不正使用を報告',
  'report.title': '当社のネットワークからのスパムや不正使用を報告する',
  'report.intro':
    '当社のネットワークから送信されたスパム、フィッシング、マルウェアを受け取りましたか？ メッセージヘッダー、またはメッセージ全体を .eml ファイルとしてお送りください。送信したサーバーを当社で突き止めます。',
  'report.notDelist': 'ご自身のメールが当社に拒否されている場合は、別のページをご利用ください:',
  'report.legend': '報告内容',
  'report.category': 'どのような種類のメッセージですか？',
  'report.category.hint': '最も当てはまるものを 1 つ選んでください。',
  'report.category.spam': 'スパム: 望まない大量メールや広告メール',
  'report.category.phishing': 'フィッシング: パスワード、支払い情報、個人情報を聞き出そうとするもの',
  'report.category.malware': 'マルウェア: ウイルス、またはウイルスへのリンクを含むもの',
  'report.category.other': 'その他の不正使用',
  'report.headers': 'メッセージヘッダー',
  'report.headers.hint':
    'メールソフトでメッセージを開いて「原文を表示」「ソースを表示」「メッセージヘッダー」などを選び、すべてをコピーしてここに貼り付けてください（最大 {max}）。または、下でメッセージをファイルとしてアップロードしてください。',
  'report.file': 'または、メッセージを .eml ファイルとしてアップロード',
  'report.file.hint':
    'メッセージをファイルとして保存し（多くの場合、メールソフトからドラッグするか「名前を付けて保存」を使います）、ここで選択してください。最大 {max}。',
  'report.description': '経緯（任意）',
  'report.description.hint': 'ほかにお知らせいただきたいことがあれば、{length} 文字以内でご記入ください。',
  'report.email': 'メールアドレス（任意）',
  'report.email.hint':
    'この報告について当社から連絡してもよい場合のみ入力してください。お尋ねすることがない限り、メールはお送りしません。',
  'report.submit': '報告を送信',
  'report.howTitle': 'この後の流れ',
  'report.how':
    '当社の担当者がすべての報告を確認し、メッセージが当社のネットワークから送信されていた場合は送信者に対処します。報告は対応のために保管し、対応が済んでからしばらくして、あなたのアドレスとメッセージを削除します。',
  'report.thanks.title': 'ご報告ありがとうございます',
  'report.thanks.reference':
    '受付番号は {reference} です。この報告について当社にお問い合わせの際は、この番号をお伝えください。',
  'report.thanks.ip': 'ヘッダーによると、このメッセージは {ip} から送信されました。',
  'report.thanks.outside':
    'ヘッダーによると、このメッセージは当社のネットワークを経由しておらず、{ip} から送信されました。別のプロバイダーから送られたものであれば、そのプロバイダーにも報告してください。当社でも確認します。',
  'report.thanks.noIp':
    'ヘッダーから送信サーバーのアドレスを見つけられませんでした。報告は当社で確認します。',
  'report.thanks.contact': '詳しい情報が必要な場合は、{email} にご連絡します。',
  'report.thanks.noContact':
    'メールアドレスが入力されていないため、この件について当社からご連絡することはありません。',
  'report.another': '別のメッセージを報告する',
  'report.unknown.title': 'この報告が見つかりません',
  'report.unknown.body': 'アドレスに含まれる受付番号を確認するか、もう一度報告を送信してください。',
  'report.again': '報告フォームへ',
  'email.reportNotice.subject': '不正使用の報告 {reference}: {ip} からの {category}',
  'email.reportNotice.intro': '新しい不正使用の報告 {reference} が、{time} にポータル経由で届きました。',
  'email.reportNotice.category': '分類: {category}',
  'email.reportNotice.ip': '送信元 IP: {ip}',
  'email.reportNotice.noIp': 'ヘッダー内に見つかりません',
  'email.reportNotice.basis.own-network': 'メッセージが OWN_NETWORKS に入った地点',
  'email.reportNotice.basis.earliest-public': '最も早いパブリックアドレス。OWN_NETWORKS は設定されていません',
  'email.reportNotice.basis.outside-own-networks': 'OWN_NETWORKS 内を経由したホップはありません',
  'email.reportNotice.read':
    'このメールには、報告者が入力した内容は一切含まれていません。報告とそのメッセージは、ポータルのホストで確認してください:',
  'error.report.category': 'メッセージの種類を選んでください。',
  'error.report.description.tooLong': '{length} 文字以内で入力してください。',
  'error.report.message.missing':
    'メッセージヘッダーを貼り付けるか、メッセージを .eml ファイルとしてアップロードしてください。',
  'error.report.message.both':
    'ヘッダーの貼り付けとファイルのアップロードは、どちらか一方だけにしてください。ヘッダーを消すか、ファイルを取り消してください。',
  'error.report.message.tooLarge':
    '報告が受け付けられる大きさを超えています。メッセージは最大 {max} までです。ヘッダーだけを貼り付けるか、より小さいファイルをアップロードしてください。',
  'error.report.headers.tooLarge':
    '貼り付けたテキストが {max} を超えています。ヘッダーだけを貼り付けてください。',
  'error.report.headers.notAMessage':
    'メッセージヘッダーではないようです。ヘッダーは「Received: from ...」のような行で始まります。メールソフトの「原文を表示」や「ソースを表示」からコピーしてください。',
  'error.report.file.empty': 'ファイルが空です。保存したメッセージを選んでください。',
  'error.report.file.tooLarge': 'ファイルが {max} を超えています。代わりにヘッダーだけを貼り付けてください。',
  'error.report.file.outlookMsg':
    'これは Outlook の .msg ファイルで、当社では読み取れません。メッセージを .eml ファイルとして保存するか、ヘッダーを貼り付けてください。',
  'error.report.file.notAMessage':
    'このファイルはメールメッセージではありません。.eml ファイルとして保存したメッセージを選ぶか、ヘッダーを貼り付けてください。',
} as const satisfies Catalog;
