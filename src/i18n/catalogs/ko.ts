// 한국어 (ko). Terms as the provider's own Korean delist-portal pages use them:
//   blocked senders list    수신 거부 목록
//   delist portal           목록 해제 포털
//   Delist IP (the button)  IP 목록 해제
//   non-delivery report     배달 못 함 보고서(NDR)
//   IP address              IP 주소
//   email / email address   이메일 / 이메일 주소 (the older pages write 전자 메일; 이메일 is today's usage)
//   confirmation link       확인 링크
//   mail server             메일 서버
//   Submit                  제출
//   a listing               등재 (항목)
// Formal polite style (합니다/하세요); UI labels quoted in ''.
import type { Catalog } from './en.js';

export const ko = {
  'site.name': '목록 해제 포털',
  'site.skip': '본문으로 건너뛰기',
  'site.footer': '이 포털은 수신 거부 목록에서 IP 주소를 제거합니다. 비밀번호를 묻는 일은 절대 없습니다.',
  'language.name': '한국어',
  'language.switcher': '언어',

  'form.title': '수신 거부 목록에서 IP 주소 제거',
  'form.intro':
    '서버에서 보낸 메일이 아래와 같은 메시지와 함께 거부되었다면, 해당 서버의 IP 주소가 수신 거부 목록에 올라 있는 것입니다. 목록에서 제거될 때까지 그 IP 주소에서 보낸 메일은 거부됩니다.',
  'form.ndrLabel': '오류 메시지(배달 못 함 보고서, NDR)의 예',
  'form.stepsTitle': '진행 방법',
  'form.step1':
    '지금 바로 확인할 수 있는 이메일 주소와, 오류 메시지의 대괄호 [ ] 안에 표시된 IP 주소를 입력합니다.',
  'form.step2':
    '그 주소로 확인 이메일을 보내 드립니다. 이메일의 링크는 {ttl} 동안 한 번만 사용할 수 있습니다.',
  'form.step3': "링크를 열고 'IP 목록 해제'를 선택합니다.",
  'form.step4': "'IP 목록 해제'를 선택하고 {delay} 후에 IP 주소가 목록에서 제거됩니다.",
  'form.step4.now': "'IP 목록 해제'를 선택하면 IP 주소가 바로 목록에서 제거됩니다.",
  'form.selfDelistLimit':
    '이 방법으로 IP 주소를 제거할 수 있는 횟수는 제한되어 있습니다({window} 동안 {max}회). 그 이후에는 담당자가 다음 요청을 검토한 뒤에 주소를 제거합니다.',
  'form.beforeTitle': '요청하기 전에',
  'form.before':
    '먼저 해당 IP 주소에서 보낸 메일이 스팸으로 처리된 원인을 찾아 해결하세요. 오픈 릴레이, 탈취된 계정, 누구나 메일을 보낼 수 있는 양식이 남아 있으면 주소가 다시 목록에 등재됩니다.',
  'form.legend': '요청 내용',
  'form.email': '이메일 주소',
  'form.email.hint': '확인 링크를 이 주소로 보내 드립니다. 요청 한 건에 주소는 하나만 입력할 수 있습니다.',
  'form.email.hintRdns':
    '확인 링크를 이 주소로 보내 드립니다. IP 주소의 역방향 DNS 이름에 해당하는 도메인의 주소여야 합니다. 예를 들어 mail.example.net이라면 example.net의 주소입니다.',
  'rdns.no-rdns':
    '{ip}에는 역방향 DNS 이름(PTR 레코드)이 없어서 어느 도메인에 속하는지 알 수 없습니다. IP 주소 제공업체에 설정을 요청한 뒤 다시 시도하세요.',
  'rdns.not-confirmed':
    '{ip}의 역방향 DNS 이름은 {name}입니다. 그런데 {name}은(는) {ip}을(를) 가리키지 않습니다. 이름과 주소가 서로를 가리키도록 설정한 뒤 다시 시도하세요.',
  'rdns.other-domain':
    '{ip}에 대한 확인 이메일은 역방향 DNS 이름의 도메인인 {domain}의 주소로만 보냅니다. {domain}의 주소를 입력하세요.',
  'rdns.failed.title': '지금은 역방향 DNS를 확인할 수 없습니다',
  'rdns.failed.body':
    '{ip}의 역방향 DNS 이름을 조회하지 못했습니다. 아무것도 저장되지 않았습니다. 몇 분 후에 다시 시도하세요.',
  'form.ip': 'IP 주소',
  'form.ip.hint': '오류 메시지에 표시된 주소 하나를 그대로 입력합니다. 예: 203.0.113.7 또는 2001:db8::25',
  'form.ack': '이 IP 주소에서 보내는 메일에 부적절하거나 악의적인 내용이 없음을 확인했습니다.',
  'form.submit': '제출',
  'form.errorSummary': '문제가 있습니다',

  'error.email.required': '이메일 주소를 입력하세요.',
  'error.email.invalid':
    'name@example.com 형식으로 이메일 주소 하나를 입력하세요. 앞뒤에 이름이나 다른 글자를 붙이지 마세요.',
  'error.email.tooLong': '이메일 주소는 254자 이하, @ 앞부분은 64자 이하로 입력하세요.',
  'error.email.localPart': "@ 앞부분에는 영문자, 숫자와 . _ ' + - 기호만 사용할 수 있습니다.",
  'error.ip.empty': '오류 메시지의 대괄호 안에 표시된 IP 주소를 입력하세요.',
  'error.ip.list': 'IP 주소는 하나만 입력하세요. 주소마다 따로 요청하세요.',
  'error.ip.cidr':
    '범위가 아닌 IP 주소 하나를 입력하세요. 슬래시와 그 뒤의 내용을 지우세요. 네트워크 단위의 제거는 저희만 할 수 있습니다.',
  'error.ip.zone': '영역(% 및 그 뒤의 내용)을 지우세요. 영역은 사용자의 네트워크 안에서만 의미가 있습니다.',
  'error.ip.ipv4-spelling':
    'IPv4 주소는 0부터 255까지의 숫자 네 개를 점으로 구분하여, 앞에 0을 붙이지 않고 입력하세요. 예: 203.0.113.7',
  'error.ip.not-an-ip':
    'IP 주소가 아닙니다. 오류 메시지의 대괄호 안에 있는 주소를 복사하세요. 예: 203.0.113.7',
  'error.ip.private':
    '네트워크 내부에서만 쓰이는 사설 주소입니다. 메일은 공인 주소에서 저희에게 도착합니다. 오류 메시지의 대괄호 안에 있는 주소를 복사하세요.',
  'error.ip.loopback':
    '루프백 주소입니다. 컴퓨터 밖으로 나가지 않으므로 저희 목록에 있을 수 없습니다. 공인 주소를 입력하세요.',
  'error.ip.link-local':
    '링크 로컬 주소입니다. 로컬 네트워크 밖으로 나가지 않으므로 저희 목록에 있을 수 없습니다. 공인 주소를 입력하세요.',
  'error.ip.multicast':
    '멀티캐스트 주소입니다. 이 주소에서 메일을 보내는 메일 서버는 없습니다. 메일 서버의 주소를 입력하세요.',
  'error.ip.unspecified': '이 주소는 특정 컴퓨터의 주소가 아닙니다. 메일 서버의 주소를 입력하세요.',
  'error.ip.reserved':
    '예약된 주소로, 인터넷에서 사용되지 않으므로 저희 목록에 있을 수 없습니다. 공인 주소를 입력하세요.',
  'error.description.required': '무슨 일이 있었고 무엇을 변경했는지 설명해 주세요.',
  'error.description.tooLong': '설명을 4,000자 이하로 줄여 주세요.',
  'error.headers.tooLong':
    '헤더는 16,000자까지만 붙여 넣으세요. 메시지 본문 없이 헤더 줄만 있으면 충분합니다.',
  'error.text.control':
    '이 텍스트에서 제어 문자를 지우세요. 문자, 숫자, 문장 부호, 줄 바꿈만 사용할 수 있습니다.',
  'error.ack.required': '이 IP 주소에서 보내는 메일에 부적절하거나 악의적인 내용이 없음을 확인해 주세요.',

  'notListed.title': '{ip}은(는) 수신 거부 목록에 없습니다',
  'notListed.body': '제거할 항목이 없으며, 이메일도 보내지 않았습니다.',
  'notListed.next':
    '메일이 계속 거부된다면 가장 최근 오류 메시지의 대괄호 안에 있는 IP 주소를 확인하세요. 메일이 다른 주소에서 발송되고 있을 수 있습니다.',

  'networkListed.title': '여기에서는 {ip}을(를) 제거할 수 없습니다',
  'networkListed.body':
    '이 주소는 네트워크 {network}의 일부로 목록에 등재되어 있습니다. 네트워크 전체의 등재는 담당자가 검토하므로 이 포털에서 제거할 수 없습니다.',

  'noSelfService.body': '이 등재 항목은 담당자가 검토하므로 이 포털에서 제거할 수 없습니다.',

  'alreadyScheduled.title': '{ip}은(는) 곧 목록에서 제거됩니다',
  'alreadyScheduled.body': '제거가 이미 예약되어 있습니다. 다음 시각에 목록에서 제거됩니다.',
  'queued.title': '이메일을 확인하세요',

  'suppressed.title': '이 주소로는 확인 이메일을 보낼 수 없습니다',
  'suppressed.body':
    '이 이메일 주소의 소유자가 {ip}에 관한 목록 해제 이메일을 보내지 말라고 요청했습니다. 본인이 직접 확인하는 다른 주소를 사용하세요.',

  'status.title': '{ip}에 대한 요청',
  'status.titlePending': '이메일을 확인하세요',
  'status.request': '요청',
  'status.email': '확인 이메일',
  'status.state.pending':
    "이메일의 링크를 열고 'IP 목록 해제'를 선택하시기를 기다리고 있습니다. 링크는 {time}까지 유효합니다.",
  'status.state.scheduled': '확인되었습니다. IP 주소는 {time}에 목록에서 제거됩니다.',
  'status.state.delisted': '완료되었습니다. IP 주소가 {time}에 목록에서 제거되었습니다.',
  'status.state.expired':
    '이메일의 링크가 사용되지 않은 채 만료되었습니다. 아직 제거가 필요하면 처음부터 다시 시작하세요.',
  'status.state.cancelled': '취소됨: 요청 후에 목록의 등재 내용이 변경되었습니다.',
  'status.state.declined': '취소됨: 이메일 주소의 소유자가 요청한 적이 없다고 알려 왔습니다.',
  'status.state.undeliverable':
    '취소됨: 확인 이메일을 배달하지 못했습니다. 주소를 확인하고 처음부터 다시 시작하세요.',
  'status.email.queued': '{email}(으)로 보내는 중입니다. 보통 몇 분 안에 도착합니다.',
  'status.email.retrying': '저희 메일 서버가 아직 이 이메일을 받지 않았습니다. {time}에 다시 시도합니다.',
  'status.email.sent':
    '{time}에 {email}(으)로 보냈습니다. 받은 편지함에 없으면 스팸 또는 정크 메일 폴더를 확인하세요. 보낸 사람은 {from}입니다.',
  'status.email.failed': '{email}(으)로 보내지 못했습니다. 저희 메일 서버가 이 이메일을 받지 않았습니다.',
  'status.resend': '이메일 다시 보내기',
  'status.resendAfter': '도착하지 않았나요? {time} 이후에 이메일을 다시 요청할 수 있습니다.',
  'status.resent': '이메일을 다시 보내는 중입니다.',
  'status.tooSoon': '조금 더 기다린 후에 다시 요청하세요.',
  'status.keep': '요청 상태를 확인하려면 이 페이지를 열어 두거나 북마크에 추가하세요.',

  'decline.title': '요청하신 적이 없나요?',
  'decline.body':
    '누군가 {ip}을(를) 수신 거부 목록에서 제거해 달라고 요청하면서, 확인용으로 회원님의 이메일 주소 {email}을(를) 입력했습니다.',
  'decline.explain':
    '본인이 요청한 것이 아니라면 버튼을 누르세요. 요청을 취소하고, 이 주소로 {ip}에 관한 목록 해제 이메일을 더 이상 보내지 않습니다.',
  'decline.button': '요청한 적이 없습니다',
  'decline.done.title': '요청이 취소되었습니다',
  'decline.done.body':
    '이 주소로 {ip}에 관한 목록 해제 이메일을 더 이상 보내지 않습니다. 더 하실 일은 없습니다.',
  'decline.tooLate.title': '이 요청은 이미 확인되었습니다',
  'decline.tooLate.body':
    '회원님이 응답하기 전에 누군가 이메일의 링크를 사용해 {ip}을(를) 목록에서 제거했습니다. 이 주소로 {ip}에 관한 목록 해제 이메일을 더 이상 보내지 않습니다. 직접 링크를 열지 않았다면 다른 사람이 회원님의 이메일을 읽고 있을 수 있습니다.',
  'decline.already.title': '이미 알려 주셨습니다',
  'decline.already.body': '이 주소로는 {ip}에 관한 목록 해제 이메일을 보내지 않습니다.',
  'escalate.title': '담당자에게 등재 검토 요청',
  'escalate.intro':
    '포털에서 IP 주소를 직접 제거할 수 없을 때 이 양식을 사용하세요. 담당자가 모든 요청을 읽고 이메일로 답변합니다.',
  'escalate.link': '담당자에게 검토 요청하기',
  'escalate.cause.no-self-service':
    '{ip}의 등재 항목은 담당자가 검토하므로 목록 해제 양식으로 제거할 수 없습니다.',
  'escalate.cause.network-listed':
    '{ip}은(는) 네트워크 {network}의 일부로 등재되어 있으며, 담당자만 제거할 수 있습니다.',
  'escalate.cause.self-delist-limit':
    '{ip}은(는) 검토 없이 허용되는 횟수({window} 동안 {max}회)만큼 이미 이 포털을 통해 제거되었습니다. 무엇을 변경했는지 알려 주시면 담당자가 제거 여부를 결정합니다.',
  'escalate.legend': '요청 내용',
  'escalate.email.hint':
    '확인 링크와, 나중에 저희의 답변을 이 주소로 보내 드립니다. 요청 한 건에 주소는 하나만 입력할 수 있습니다.',
  'escalate.description': '무슨 일이 있었고, 무엇을 변경했나요?',
  'escalate.description.hint':
    '예: 어떤 계정이 탈취되었고 어떻게 막았는지, 보내는 메일에 어떤 제한을 설정했는지. 최대 {max}자.',
  'escalate.headers': '메시지 헤더(선택 사항)',
  'escalate.headers.hint': '거부된 메시지가 있다면 전체 헤더를 여기에 붙여 넣으세요. 최대 {max}자.',
  'escalate.submit': '요청 보내기',
  'escalate.selfService.title': '{ip}은(는) 목록 해제 양식으로 제거할 수 있습니다',
  'escalate.selfService.body': '담당자를 기다릴 필요 없이 포털에서 이 주소를 직접 제거할 수 있습니다.',
  'escalate.inPlay.title': '{ip}에 대해 이미 요청하셨습니다',
  'escalate.inPlay.unverified':
    "이 건에 관한 이메일을 보내 드렸습니다. 이메일의 링크를 열고 '담당자에게 보내기'를 선택하세요. 다시 요청하실 필요는 없습니다.",
  'escalate.inPlay.open':
    '요청이 담당자에게 전달되었으며, 이메일로 답변을 드립니다. 다시 요청하실 필요는 없습니다.',
  'escalate.sent.body':
    "{email}(으)로 확인 이메일을 보내는 중입니다. {ttl} 안에 링크를 열고 '담당자에게 보내기'를 선택하세요. 그래야 요청이 저희에게 전달됩니다.",
  'escalate.sent.missing': '15분이 지나도 오지 않나요? 스팸 또는 정크 메일 폴더를 확인하세요.',
  'escalation.title': '{ip}에 대한 요청을 담당자에게 보내기',
  'escalation.cause': '포털에서 제거할 수 없는 이유',
  'escalation.explain':
    '담당자가 요청을 읽고 이 주소로 이메일 답변을 보내 드립니다. 결정이 나기 전까지 IP 주소는 목록에 남아 있습니다.',
  'escalation.button': '담당자에게 보내기',
  'escalation.verified.title': '요청이 담당자에게 전달되었습니다',
  'escalation.verified.body':
    '{email}(으)로 이메일 답변을 보내 드립니다. 그때까지 {ip}은(는) 목록에 남아 있습니다.',
  'escalation.open.title': '요청이 이미 담당자에게 전달되어 있습니다',
  'escalation.open.body': '{time}에 보내셨습니다. 이메일로 답변을 드립니다.',
  'escalation.answered.title': '{ip}에 대한 요청에 답변했습니다',
  'escalation.answered.body': '{time}에 이메일로 답변했습니다.',

  'lookup.title': '내 IP 주소가 목록에 있나요?',
  'lookup.intro': 'IP 주소가 수신 거부 목록에 있는지, 그리고 어떻게 하면 되는지 확인하세요.',
  'lookup.submit': '확인',
  'lookup.notListed': '{ip}은(는) 수신 거부 목록에 없습니다.',
  'lookup.listed': '{ip}은(는) 수신 거부 목록에 있습니다.',
  'lookup.network': '등재 범위',
  'lookup.since': '등재 시각',
  'lookup.category': '사유',
  'lookup.removal': '목록에서 제거되는 시각',
  'lookup.expires': '등재 종료 시각',
  'lookup.selfService': '목록 해제 양식으로 제거하기',
  'lookup.noSelfService': '이 등재 항목은 이 포털에서 제거할 수 없습니다.',
  'category.spam': '이 주소에서 스팸이 발송되었습니다.',
  'category.malware': '이 주소에서 맬웨어가 발송되었습니다.',
  'category.phishing': '이 주소에서 피싱 메일이 발송되었습니다.',
  'category.compromised': '서버 또는 서버의 계정이 탈취된 것으로 보입니다.',
  'category.open-relay': '서버가 누구의 메일이든 중계합니다(오픈 릴레이).',
  'category.policy': '저희 발송 정책에 따라 등재된 주소입니다.',
  'help.title': '"banned sending IP" 오류 도움말',
  'help.intro':
    '{provider}이(가) 보내는 서버의 IP 주소 때문에 메일을 거부하면, 서버는 다음과 같은 배달 못 함 보고서(NDR)를 받습니다.',
  'help.codesTitle': '코드의 의미',
  'help.codes':
    '확장 상태 코드 5.7.606부터 5.7.649까지는 모두 같은 뜻입니다. 대괄호 안의 IP 주소가 {provider}의 수신 거부 목록에 있다는 의미입니다. 정확한 번호는 목록의 어느 부분에 해당했는지를 담당자에게 알려 줄 뿐입니다. 번호와 관계없이 대처 방법은 같습니다.',
  'help.checkTitle': '제거를 요청하기 전에',
  'help.checkIntro':
    '주소가 등재되는 것은 그 주소에서 보낸 메일이 스팸처럼 보였기 때문입니다. 먼저 원인을 해결하지 않으면 다시 등재됩니다.',
  'help.check.relay': '서버가 누구의 메일이든 중계해서는 안 됩니다(오픈 릴레이 금지).',
  'help.check.accounts':
    '서버의 메일함이나 양식이 탈취되지 않아야 합니다. 평소와 달리 많은 메일을 보내는 계정을 찾아 비밀번호를 변경하세요.',
  'help.check.outbound':
    '보내는 메일을 제한하고 모니터링하여 한 계정이 수천 통의 메일을 보낼 수 없게 하세요.',
  'help.check.auth': '메일을 보내는 도메인에 SPF를 게시하고, DKIM으로 서명하고, DMARC 정책을 게시하세요.',
  'help.check.rdns':
    'IP 주소에 그 주소를 다시 가리키는 역방향 DNS 이름(PTR)을 설정하세요. 서버가 HELO에서 사용하는 이름이면 가장 좋습니다.',
  'help.howTitle': '제거 절차와 소요 시간',
  'help.how':
    "목록 해제 양식에 이메일 주소 하나와 IP 주소를 입력합니다. 확인 이메일의 링크를 열고 'IP 목록 해제'를 선택합니다. 주소는 {delay} 후에 목록에서 제거됩니다.",
  'help.how.now':
    "목록 해제 양식에 이메일 주소 하나와 IP 주소를 입력합니다. 확인 이메일의 링크를 열고 'IP 목록 해제'를 선택합니다. 주소는 바로 목록에서 제거됩니다.",
  'help.againTitle': '주소가 다시 등재되는 이유',
  'help.again':
    '제거되었다고 해서 다시 등재되지 않는 것은 아닙니다. 그 주소에서 다시 스팸이 발송되면 다시 등재되며, 등재가 반복되면 더 이상 이 포털에서 제거하지 못할 수 있습니다.',
  'help.refusedTitle': '포털에서 제거할 수 없는 경우',
  'help.refused':
    '네트워크 전체의 등재나 검토 대상으로 지정된 등재 등 일부 등재 항목은 담당자가 검토합니다. 포털에서 처리할 수 없는 경우에는 그렇게 안내합니다.',
  'help.escalate':
    '그럴 때는 검토 요청 양식으로 담당자에게 등재 검토를 요청하세요. 무엇을 변경했는지 알려 주시면 이메일로 답변합니다.',
  'help.contact': '그럴 때는 {contact}(으)로 문의하세요.',
  'help.reportTitle': '저희 네트워크에서 발송된 스팸',
  'help.report': '저희 네트워크에서 발송된 스팸, 피싱 또는 맬웨어를 받으셨나요? 막을 수 있도록 알려 주세요.',
  'nav.help': '도움말',
  'nav.delist': 'IP 목록 해제',
  'nav.lookup': 'IP 조회',

  'confirm.title': '수신 거부 목록에서 {ip} 제거',
  'confirm.ip': 'IP 주소',
  'confirm.email': '요청자',
  'confirm.requestedAt': '요청 시각',
  'confirm.validUntil': '이 링크의 유효 기한',
  'confirm.state': '상태',
  'confirm.state.pending': "'IP 목록 해제' 선택을 기다리는 중",
  'confirm.explain': "'IP 목록 해제'를 선택하면 {delay} 후에 IP 주소가 목록에서 제거됩니다.",
  'confirm.explain.now': "'IP 목록 해제'를 선택하면 IP 주소가 바로 목록에서 제거됩니다.",
  'confirm.button': 'IP 목록 해제',

  'scheduled.title': '{ip}이(가) 제거될 예정입니다',
  'scheduled.body': 'IP 주소는 다음 시각에 수신 거부 목록에서 제거됩니다.',
  'scheduled.local': '현지 시간대 기준: {time}',
  'scheduled.after':
    '이전 응답을 캐시한 메일 서버에서는 몇 분이 더 걸릴 수 있습니다. 이 IP 주소에서 다시 스팸이 발송되면 다시 등재될 수 있습니다.',

  'token.malformed.title': '이 링크는 완전하지 않습니다',
  'token.malformed.body':
    '전달되는 과정에서 링크가 잘렸거나 변경되었습니다. 이메일에 있는 링크 전체를 주소 표시줄에 복사하거나 처음부터 다시 시작하세요.',
  'token.invalid.title': '유효하지 않은 링크입니다',
  'token.invalid.body':
    '저희가 발급한 링크가 아니거나 변경된 링크입니다. 처음부터 다시 시작하여 새 확인 이메일을 받으세요.',
  'token.expired.title': '만료된 링크입니다',
  'token.expired.body':
    '확인 링크는 {ttl} 동안 유효합니다. 처음부터 다시 시작하여 새 확인 이메일을 받으세요.',
  'token.used.title': '이미 사용된 링크입니다',
  'token.used.body': '{ip}의 제거가 이미 예약되어 있습니다. 다음 시각에 목록에서 제거됩니다.',
  'token.done.title': '완료된 요청입니다',
  'token.done.body': '{ip}은(는) {time}에 목록에서 제거되었습니다.',
  'token.cancelled.title': '취소된 요청입니다',
  'token.cancelled.body':
    '이 요청 이후에 {ip}의 등재 내용이 변경되었습니다. 메일이 계속 거부되면 처음부터 다시 시작하세요.',
  'token.declined.title': '거절된 요청입니다',
  'token.declined.body':
    '이메일 주소의 소유자가 요청한 적이 없다고 알려 와서 취소되었습니다. 본인이 직접 확인하는 주소로 처음부터 다시 시작하세요.',
  'token.unknown.title': '요청을 찾을 수 없습니다',
  'token.unknown.body': '삭제되었을 수 있습니다. 처음부터 다시 시작하여 새 확인 이메일을 받으세요.',
  'token.gone.title': '{ip}은(는) 더 이상 목록에 없습니다',
  'token.gone.body': '제거할 항목이 남아 있지 않습니다.',
  'token.startAgain': '처음부터 다시 시작',

  'problem.forbidden.title': '이 포털에서 양식을 제출하세요',
  'problem.forbidden.body':
    '다른 웹사이트에서 보낸 양식이므로 접수하지 않았습니다. 안전을 위해 이 포털의 페이지에서 작성한 양식만 받습니다. 이 포털에서 양식을 열어 다시 제출하세요.',
  'problem.notFound.title': '페이지를 찾을 수 없습니다',
  'problem.notFound.body': '주소를 확인하거나 목록 해제 양식에서 시작하세요.',
  'problem.badRequest.title': '이 요청을 읽을 수 없습니다',
  'problem.badRequest.body': '목록 해제 양식을 열고 거기에서 다시 제출하세요.',
  'problem.tooLarge.title': '요청이 너무 큽니다',
  'problem.tooLarge.body': '아무것도 추가하지 말고 이 포털의 양식을 제출하세요.',
  'problem.unsupported.title': '이런 종류의 요청은 받지 않습니다',
  'problem.unsupported.body': '웹 브라우저에서 이 포털의 양식을 제출하세요.',
  'problem.methodNotAllowed.title': '이 페이지는 그런 방식으로 사용할 수 없습니다',
  'problem.methodNotAllowed.body': '목록 해제 양식을 열고 거기에서 제출하세요.',
  'problem.server.title': '저희 쪽에서 문제가 발생했습니다',
  'problem.server.body': '변경된 내용은 없습니다. 몇 분 후에 다시 시도하세요.',
  'problem.unavailable.title': '지금은 포털에서 요청을 받을 수 없습니다',
  'problem.unavailable.body':
    '요청을 저장하지 못했으므로 변경된 내용이 없으며 이메일도 보내지 않았습니다. 몇 분 후에 다시 시도하세요.',
  'problem.home': '목록 해제 양식으로 이동',

  'botCheck.failed.title': '사람인지 확인해 주세요',
  'botCheck.missing':
    '"로봇이 아닙니다"를 선택하고 체크 표시가 나타날 때까지 기다린 뒤 양식을 다시 제출하세요. 이 검사에는 JavaScript가 필요합니다. 확인란이 보이지 않으면 이 사이트에서 JavaScript를 켜고 페이지를 새로 고치세요.',
  'botCheck.invalid':
    '사람인지 확인하는 검사를 통과하지 못했습니다. 페이지를 새로 고친 뒤 양식을 다시 제출하세요.',
  'botCheck.expired':
    '사람인지 확인하는 검사가 만료되었습니다. 페이지를 새로 고친 뒤 양식을 다시 제출하세요.',
  'botCheck.used': '이 검사는 이미 다른 양식에 사용되었습니다. 페이지를 새로 고친 뒤 양식을 다시 제출하세요.',
  'botCheck.noscript':
    '이 양식은 JavaScript로 사람인지 확인합니다. 브라우저가 작은 퍼즐을 풀 뿐이며, 다른 곳으로는 아무것도 전송되지 않습니다. 이 사이트에서 JavaScript를 켜고 페이지를 새로 고치세요.',
  'botCheck.widget.label': '로봇이 아닙니다',
  'botCheck.widget.verifying': '확인하는 중…',
  'botCheck.widget.verified': '확인됨',
  'botCheck.widget.waitAlert': '확인하는 중입니다… 잠시 기다려 주세요.',
  'botCheck.widget.verificationRequired': '확인이 끝날 때까지 기다린 후 양식을 제출하세요.',
  'botCheck.widget.error': '확인에 실패했습니다. 페이지를 새로 고친 뒤 다시 시도하세요.',
  'botCheck.widget.expired': '확인이 만료되었습니다. 다시 시도하세요.',
  'botCheck.widget.loading': '불러오는 중…',
  'botCheck.widget.reload': '새로 고침',
  'botCheck.widget.verify': '확인',
  'botCheck.widget.cancel': '취소',

  'limit.title': '요청이 너무 많습니다',
  'limit.client': '이 연결에서 짧은 시간에 많은 양식이 제출되었습니다.',
  'limit.recipient-hour':
    '지난 1시간 동안 이 주소로 확인 이메일을 여러 통 보냈습니다. 주소 소유자를 보호하기 위해 당분간 더 보내지 않습니다.',
  'limit.recipient-day':
    '오늘 이 주소로 확인 이메일을 여러 통 보냈습니다. 주소 소유자를 보호하기 위해 당분간 더 보내지 않습니다.',
  'limit.ip-day': '오늘 이 IP 주소에 대한 목록 해제 요청이 많이 있었습니다.',
  'limit.report-client-day': '오늘 이 연결에서 많은 악용 신고가 제출되었습니다.',
  'limit.retry': '{time} 이후에 다시 시도할 수 있습니다.',

  'time.utc': '{time}(UTC)',

  'email.confirm.subject': '수신 거부 목록에서 {ip} 제거 확인',
  'email.confirm.greeting': '안녕하세요.',
  'email.confirm.intro':
    '{time}에 누군가(아마도 본인) IP 주소 {ip}을(를) 수신 거부 목록에서 제거해 달라고 요청했습니다.',
  'email.confirm.action': "계속하려면 이 링크를 열고 'IP 목록 해제'를 선택하세요.",
  'email.confirm.button': '목록 해제 페이지 열기',
  'email.confirm.expiry': '이 링크는 {time}까지 한 번만 사용할 수 있습니다.',
  'email.confirm.ignore':
    "요청한 적이 없다면 이 이메일을 무시하세요. 누군가 링크를 열고 'IP 목록 해제'를 선택하지 않는 한 아무것도 변경되지 않습니다.",
  'email.confirm.notMe':
    '요청한 적이 없나요? 여기에서 알려 주시면 {ip}에 관한 이런 이메일을 더 이상 보내지 않습니다.',
  'email.confirm.signature': '목록 해제 포털',
  'email.escalation.subject': '{ip} 등재 검토 요청 확인',
  'email.escalation.intro':
    '{time}에 누군가(아마도 본인) IP 주소 {ip}의 등재를 담당자가 검토해 달라고 요청했습니다.',
  'email.escalation.action': "요청을 담당자에게 보내려면 이 링크를 열고 '담당자에게 보내기'를 선택하세요.",
  'email.escalation.button': '요청 열기',
  'email.escalation.ignore':
    '요청한 적이 없다면 이 이메일을 무시하세요. 누군가 링크를 열지 않는 한 요청은 아무에게도 전달되지 않습니다.',
  'email.answer.subject': '{ip} 등재에 대한 답변',
  'email.answer.intro':
    '{time}에 {ip}의 등재를 담당자가 검토해 달라고 요청하셨습니다. 담당자의 답변은 다음과 같습니다.',
  'email.answer.lookup': '현재 {ip}의 등재 여부:',

  'mailbox.title': '보관된 이메일',
  'mailbox.note':
    '이 포털에는 메일 서버(SMTP_URL)가 설정되어 있지 않으므로, 이메일을 보내지 않고 여기에 보관합니다. 이 페이지는 이 모드에서만 존재합니다.',
  'mailbox.empty': '아직 이메일이 없습니다.',
  'mailbox.to': '받는 사람',
  'mailbox.subject': '제목',
  'mailbox.date': '날짜',
  'mailbox.back': '보관된 모든 이메일',
  'mailbox.html': 'HTML 부분 보기',
  'nav.report': '악용 신고',
  'report.title': '저희 네트워크에서 발송된 스팸 또는 악용 신고',
  'report.intro':
    '저희 네트워크에서 발송된 스팸, 피싱 또는 맬웨어를 받으셨나요? 메시지 헤더나 메시지 전체를 .eml 파일로 보내 주시면, 그 메시지를 발송한 서버를 찾아내겠습니다.',
  'report.notDelist': '회원님의 메일이 저희에게 거부되고 있나요? 그 경우에는 다른 페이지를 이용하세요.',
  'report.legend': '신고 내용',
  'report.category': '어떤 종류의 메시지인가요?',
  'report.category.hint': '가장 잘 맞는 것을 하나 고르세요.',
  'report.category.spam': '스팸: 원치 않는 대량 메일 또는 광고 메일',
  'report.category.phishing': '피싱: 비밀번호, 결제 정보 또는 개인 정보를 빼내려는 메일',
  'report.category.malware': '맬웨어: 바이러스나 바이러스로 연결되는 링크가 들어 있는 메일',
  'report.category.other': '기타 악용',
  'report.headers': '메시지 헤더',
  'report.headers.hint':
    "메일 프로그램에서 메시지를 열고 '원본 보기', '소스 보기' 또는 '메시지 헤더'를 선택한 다음, 전체를 복사하여 여기에 붙여 넣으세요(최대 {max}). 아니면 아래에서 메시지를 파일로 업로드하세요.",
  'report.file': '또는 메시지를 .eml 파일로 업로드',
  'report.file.hint':
    "메시지를 파일로 저장한 뒤(보통 메일 프로그램에서 끌어다 놓거나 '다른 이름으로 저장'을 사용합니다) 여기에서 선택하세요. 최대 {max}.",
  'report.description': '무슨 일이 있었나요(선택 사항)',
  'report.description.hint': '그 밖에 저희가 알아야 할 내용을 {length}자 이내로 적어 주세요.',
  'report.email': '이메일 주소(선택 사항)',
  'report.email.hint':
    '이 신고와 관련해 연락을 받아도 괜찮은 경우에만 입력하세요. 여쭤볼 것이 없으면 이메일을 보내지 않습니다.',
  'report.submit': '신고 보내기',
  'report.howTitle': '이후 절차',
  'report.how':
    '담당자가 모든 신고를 검토하고, 메시지가 저희 네트워크에서 발송된 경우 발송자에 대해 조치합니다. 신고는 처리를 위해 보관하며, 처리가 끝나고 일정 기간이 지나면 회원님의 주소와 메시지를 삭제합니다.',
  'report.thanks.title': '신고해 주셔서 감사합니다',
  'report.thanks.reference':
    '접수 번호는 {reference}입니다. 이 신고와 관련해 문의하실 때 이 번호를 알려 주세요.',
  'report.thanks.ip': '헤더에 따르면 이 메시지는 {ip}에서 발송되었습니다.',
  'report.thanks.outside':
    '헤더에 따르면 이 메시지는 저희 네트워크를 거치지 않았으며 {ip}에서 발송되었습니다. 다른 제공업체에서 온 메시지라면 그쪽에도 신고해 주세요. 저희도 살펴보겠습니다.',
  'report.thanks.noIp': '헤더에서 발송 서버의 주소를 찾지 못했습니다. 그래도 신고 내용을 살펴보겠습니다.',
  'report.thanks.contact': '추가 정보가 필요하면 {email}(으)로 연락드리겠습니다.',
  'report.thanks.noContact': '이메일 주소를 입력하지 않으셨으므로 이 건에 대해 연락드리지 않습니다.',
  'report.another': '다른 메시지 신고하기',
  'report.unknown.title': '신고를 찾을 수 없습니다',
  'report.unknown.body': '주소에 있는 접수 번호를 확인하거나 신고를 다시 보내 주세요.',
  'report.again': '신고 양식으로 이동',
  'email.reportNotice.subject': '악용 신고 {reference}: {ip}에서 발송된 {category}',
  'email.reportNotice.intro': '새 악용 신고 {reference}이(가) {time}에 포털을 통해 접수되었습니다.',
  'email.reportNotice.category': '분류: {category}',
  'email.reportNotice.ip': '발송 IP: {ip}',
  'email.reportNotice.noIp': '헤더에서 찾지 못함',
  'email.reportNotice.basis.own-network': '메시지가 OWN_NETWORKS에 들어온 지점',
  'email.reportNotice.basis.earliest-public': '가장 앞선 공인 주소, OWN_NETWORKS가 설정되지 않음',
  'email.reportNotice.basis.outside-own-networks': 'OWN_NETWORKS 안을 거친 홉이 없음',
  'email.reportNotice.read':
    '이 이메일에는 신고자가 입력한 내용이 전혀 들어 있지 않습니다. 신고와 메시지는 포털 호스트에서 확인하세요.',
  'error.report.category': '메시지의 종류를 선택하세요.',
  'error.report.description.tooLong': '{length}자 이내로 입력하세요.',
  'error.report.message.missing': '메시지 헤더를 붙여 넣거나 메시지를 .eml 파일로 업로드하세요.',
  'error.report.message.both':
    '헤더 붙여 넣기와 파일 업로드 중 하나만 하세요. 헤더를 지우거나 파일을 빼세요.',
  'error.report.message.tooLarge':
    '신고가 받을 수 있는 크기보다 큽니다. 메시지는 최대 {max}까지입니다. 헤더만 붙여 넣거나 더 작은 파일을 업로드하세요.',
  'error.report.headers.tooLarge': '붙여 넣은 텍스트가 {max}보다 큽니다. 헤더만 붙여 넣으세요.',
  'error.report.headers.notAMessage':
    "메시지 헤더로 보이지 않습니다. 헤더는 \"Received: from ...\" 같은 줄로 시작합니다. 메일 프로그램의 '원본 보기'나 '소스 보기'에서 복사하세요.",
  'error.report.file.empty': '파일이 비어 있습니다. 저장한 메시지를 선택하세요.',
  'error.report.file.tooLarge': '파일이 {max}보다 큽니다. 대신 헤더만 붙여 넣으세요.',
  'error.report.file.outlookMsg':
    'Outlook .msg 파일은 읽을 수 없습니다. 메시지를 .eml 파일로 저장하거나 헤더를 붙여 넣으세요.',
  'error.report.file.notAMessage':
    '이 파일은 이메일 메시지가 아닙니다. .eml 파일로 저장한 메시지를 선택하거나 헤더를 붙여 넣으세요.',
} as const satisfies Catalog;
