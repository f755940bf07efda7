// Words and number formats of the board, Vietnamese first. The language is remembered per browser.

const STORAGE_KEY = 'kpi-board.lang';
const LANGUAGES = ['vi', 'en'];
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const STRINGS = {
  vi: {
    title: 'Bảng theo dõi chỉ số chính quyền số',
    subtitle: '34 tỉnh, thành phố so với mục tiêu',
    language: 'Ngôn ngữ',
    indicator: 'Chỉ số',
    periodKind: 'Loại kỳ',
    period: 'Kỳ báo cáo',
    'kind.month': 'Tháng',
    'kind.quarter': 'Quý',
    'kind.half-year': '6 tháng',
    'kind.year': 'Năm',
    'status.met': 'Đạt',
    'status.on-track': 'Đúng tiến độ',
    'status.at-risk': 'Có nguy cơ',
    'status.behind': 'Không đạt',
    'status.not-enough-data': 'Chưa đủ dữ liệu',
    'status.unavailable': 'Tạm không đọc được',
    indicatorUnavailable: 'Hệ thống tạm thời không đọc được số liệu của chỉ số này và đang thử lại; các chỉ số khác vẫn đúng.',
    'conn.live': 'Trực tiếp',
    'conn.connecting': 'Đang kết nối…',
    'conn.reconnecting': 'Mất kết nối',
    'conn.banner': 'Mất kết nối — đang kết nối lại…',
    updatedAt: 'Cập nhật {time}',
    summaryTitle: 'Toàn quốc',
    mapTitle: 'Bản đồ trạng thái',
    mapHint: 'Chọn một ô để xem chi tiết tỉnh, thành phố',
    rankingTitle: 'Xếp hạng',
    'col.rank': 'Hạng',
    'col.province': 'Tỉnh, thành phố',
    'col.value': 'Giá trị',
    'col.target': 'Mục tiêu',
    'col.gap': 'Chênh lệch',
    'col.gapPoints': 'Chênh lệch (điểm)',
    'col.status': 'Trạng thái',
    'col.trend': 'Xu hướng',
    'col.lastYear': 'Cùng kỳ năm trước',
    sortBy: 'Sắp xếp theo {column}',
    points: '{value} điểm %',
    alertsTitle: 'Cảnh báo',
    alertsOpen: '{n} đang cảnh báo chưa xác nhận',
    alertsNone: 'Chưa có cảnh báo nào.',
    alertsFiring: '{n} đang cảnh báo',
    'alert.state.pending': 'Đang chờ',
    'alert.state.firing': 'Đang cảnh báo',
    'alert.state.recovering': 'Đang cảnh báo, đã cải thiện',
    'alert.state.no-data': 'Mất dữ liệu',
    'alert.state.resolved': 'Đã hết cảnh báo',
    'alert.state.muted': 'Đã tắt thông báo',
    'alert.text.pending': 'Không đạt từ {since}: {value} (mục tiêu {target}); cảnh báo nếu kéo dài',
    'alert.text.firing': 'Không đạt: {value} (mục tiêu {target})',
    'alert.text.clearing': 'Không còn ở mức không đạt từ {since}, đang theo dõi: {value} (mục tiêu {target})',
    'alert.text.met': 'Đạt: {value} (mục tiêu {target})',
    'alert.text.belowTarget': 'Không còn ở mức không đạt, vẫn dưới mục tiêu {target}: {value}',
    'alert.text.periodEnded': 'Kỳ đã kết thúc, không đạt: {value} (mục tiêu {target})',
    'alert.text.notEnoughData': 'Chưa đủ dữ liệu để đánh giá: {value} (mục tiêu {target})',
    'alert.text.noData': 'Không nhận được dữ liệu kể từ {since}; hệ thống một cửa có thể đã ngừng đồng bộ',
    'alert.text.dataBack': 'Đã nhận lại dữ liệu',
    mutedUntil: 'Tắt thông báo đến {time}',
    silencesTitle: 'Đang tắt thông báo',
    'silence.allProvinces': 'Mọi tỉnh, thành phố',
    'silence.allIndicators': 'mọi chỉ số',
    acknowledge: 'Xác nhận',
    acknowledgedBy: 'Đã xác nhận: {who}, {time}',
    acknowledgeFailed: 'Không xác nhận được: {reason}',
    newAlert: 'Mới',
    keyButton: 'Khóa API',
    keySaved: 'Đã lưu khóa',
    keyTitle: 'Khóa API',
    keyExplain: 'Xác nhận cảnh báo hay tắt thông báo cần khóa API của người xem hoặc quản trị viên. Khóa được lưu trong trình duyệt này.',
    keyExplainRead: 'Máy chủ này yêu cầu khóa API để xem bảng.',
    keyLabel: 'Khóa API',
    keySave: 'Lưu khóa',
    keyCancel: 'Hủy',
    keyForget: 'Xóa khóa đã lưu',
    keyInvalid: 'Khóa không đúng hoặc đã bị thu hồi.',
    keyForbidden: 'Khóa này không có quyền xác nhận cảnh báo hay tắt thông báo (cần vai trò người xem hoặc quản trị).',
    silenceButton: 'Tắt thông báo',
    silenceEnd: 'Bỏ tắt',
    silenceTitle: 'Tắt thông báo: {province}',
    silenceExplain: 'Cảnh báo vẫn được ghi nhận và hiện trên bảng, nhưng không gửi thư hay webhook cho đến khi hết hạn.',
    silenceIndicator: 'Chỉ số',
    silenceDuration: 'Trong',
    'silence.hours1': '1 giờ',
    'silence.hours4': '4 giờ',
    'silence.hours24': '1 ngày',
    'silence.hours168': '7 ngày',
    silenceReason: 'Lý do',
    silenceReasonNeeded: 'Cần ghi lý do.',
    silenceSave: 'Tắt thông báo',
    silenceFailed: 'Không thực hiện được: {reason}',
    keyNeeded: 'Cần khóa API.',
    loadFailed: 'Không tải được số liệu: {reason}',
    back: '← Toàn quốc',
    'kind.city': 'Thành phố trực thuộc trung ương',
    'kind.province': 'Tỉnh',
    population: 'Dân số {n}',
    mergedFrom: 'Hợp nhất từ: {names}',
    historyOf: 'Diễn biến {n} kỳ gần nhất',
    targetLine: 'Mục tiêu',
    deadline: 'Hạn {date}',
    noDeadline: 'Không có hạn cố định',
    projection: 'Dự báo đến hạn',
    sample: '{numerator}/{denominator}',
    sampleLabel: 'Tử số / mẫu số',
    countsTitle: 'Số liệu chi tiết',
    notFound: 'Không có tỉnh, thành phố mã {code}.',
    noData: 'Không có số liệu',
    'count.ontime.received': 'Tiếp nhận',
    'count.ontime.early': 'Trước hạn',
    'count.ontime.onTime': 'Đúng hạn',
    'count.ontime.late': 'Quá hạn',
    'count.ontime.returned': 'Trả lại, bổ sung',
    'count.ontime.cancelled': 'Rút, hủy',
    'count.ontime.inProgress': 'Đang giải quyết',
    'count.ontime.overdue': 'Đang giải quyết quá hạn',
    'count.edoc.electronic': 'Văn bản điện tử',
    'count.edoc.total': 'Tổng số văn bản',
    'count.online-l4.procedures': 'Tổng số thủ tục',
    'count.online-l4.level2': 'Chưa trực tuyến',
    'count.online-l4.level3': 'Trực tuyến một phần',
    'count.online-l4.level4': 'Trực tuyến toàn trình',
    'count.online-dossier.received': 'Tiếp nhận',
    'count.online-dossier.online': 'Trực tuyến',
    'count.online-dossier.inPerson': 'Trực tiếp',
    'count.online-dossier.postal': 'Bưu chính',
    'short.edoc': 'Văn bản điện tử',
    'short.ontime': 'Giải quyết đúng hạn',
    'short.online-l4': 'DVC toàn trình',
    'short.online-dossier': 'Hồ sơ trực tuyến',
    reportButton: 'Báo cáo',
    reportTitle: 'Báo cáo {scope}, {period}',
    reportNational: 'toàn quốc',
    reportCutoff: 'Kỳ chốt số liệu',
    'cutoff.calendar': 'Theo tháng dương lịch',
    'cutoff.nd09': 'Theo Nghị định 09/2019/NĐ-CP (ngày 15 đến ngày 14)',
    reportPreview: 'Xem trước báo cáo',
    reportDocx: 'Tải Word (.docx)',
    reportXlsx: 'Tải Excel (.xlsx)',
    reportClose: 'Đóng',
    reportLoading: 'Đang lập báo cáo…',
    reportFailed: 'Không lập được báo cáo: {reason}',
    importLink: 'Nhập dữ liệu',
    'import.title': 'Nhập dữ liệu',
    'import.back': 'Về bảng theo dõi',
    'import.subtitle': 'Hồ sơ từ tệp xuất của hệ thống một cửa',
    'import.key': 'Khóa API (cán bộ một cửa hoặc quản trị)',
    'import.file': 'Tệp',
    'import.read': 'Đọc tệp',
    'import.help': 'Nhận tệp Excel (.xlsx), CSV (dấu phẩy hoặc chấm phẩy, tiêu đề tiếng Việt, ngày dạng dd/MM/yyyy) hoặc JSON. Tệp được đọc và kiểm tra hết trước khi lưu; tệp lớn được gửi từng lô 5.000 hồ sơ, gửi lại không bị tính hai lần.',
    'import.reading': 'Đang đọc {name}…',
    'import.ready': 'Đã đọc {rows} dòng, không có lỗi.',
    'import.refused': '{errors} lỗi trong {rows} dòng: sửa tệp rồi đọc lại. Chưa hồ sơ nào được lưu.',
    'import.unreadable': 'Không đọc được tệp: {reason}',
    'import.keyRefused': 'Khóa API không được nhập hồ sơ (cần khóa cán bộ một cửa hoặc quản trị).',
    'import.errorsTitle': 'Các dòng bị từ chối',
    'import.row': 'Dòng {row}',
    'import.item': 'Hồ sơ thứ {index}',
    'import.column': 'cột {field}',
    'import.previewTitle': 'Xem trước',
    'import.previewNote': '{shown} dòng đầu trong {rows} dòng, như sẽ được lưu',
    'import.send': 'Nhập {rows} hồ sơ',
    'import.sending': 'Đã gửi {sent}/{rows} hồ sơ…',
    'import.done': 'Đã nhập {rows} hồ sơ: {changed} hồ sơ mới hoặc thay đổi, {unchanged} hồ sơ không đổi.',
    'import.failed': 'Dừng sau {sent}/{rows} hồ sơ: {reason}. Các lô đã gửi được lưu; gửi lại tệp sẽ không tính trùng.',
    'import.col.dossierId': 'Mã hồ sơ',
    'import.col.province': 'Tỉnh',
    'import.col.level': 'Cấp',
    'import.col.channel': 'Kênh',
    'import.col.procedureCode': 'Mã thủ tục',
    'import.col.receivedAt': 'Ngày tiếp nhận',
    'import.col.dueAt': 'Ngày hẹn trả',
    'import.col.resolvedAt': 'Ngày kết thúc xử lý',
    'import.col.status': 'Trạng thái',
    'import.moved.province': 'Tỉnh',
    'import.moved.period': 'Kỳ',
    'import.moved.indicator': 'Chỉ số',
    'import.moved.before': 'Trước khi nhập',
    'import.moved.after': 'Sau khi nhập',
    'import.word.received': 'Mới tiếp nhận',
    'import.word.in-progress': 'Đang giải quyết',
    'import.word.resolved': 'Đã giải quyết',
    'import.word.returned': 'Yêu cầu bổ sung',
    'import.word.withdrawn': 'Đã rút',
    'import.word.refused': 'Từ chối',
    'import.word.online': 'Trực tuyến',
    'import.word.in-person': 'Trực tiếp',
    'import.word.postal': 'Bưu chính công ích',
    'import.word.province': 'Tỉnh',
    'import.word.district': 'Huyện',
    'import.word.commune': 'Xã',
    hoangSa: 'QĐ. Hoàng Sa',
    truongSa: 'QĐ. Trường Sa',
  },
  en: {
    title: 'Digital government KPI board',
    subtitle: '34 provinces and cities against target',
    language: 'Language',
    indicator: 'Indicator',
    periodKind: 'Period type',
    period: 'Period',
    'kind.month': 'Month',
    'kind.quarter': 'Quarter',
    'kind.half-year': 'Half-year',
    'kind.year': 'Year',
    'status.met': 'Met',
    'status.on-track': 'On track',
    'status.at-risk': 'At risk',
    'status.behind': 'Behind',
    'status.not-enough-data': 'Not enough data',
    'status.unavailable': 'Cannot be read now',
    indicatorUnavailable: 'The system cannot read this indicator\'s figures right now and keeps trying; the other indicators are right.',
    'conn.live': 'Live',
    'conn.connecting': 'Connecting…',
    'conn.reconnecting': 'Disconnected',
    'conn.banner': 'Connection lost — reconnecting…',
    updatedAt: 'Updated {time}',
    summaryTitle: 'Nationwide',
    mapTitle: 'Status map',
    mapHint: 'Pick a tile to see the province',
    rankingTitle: 'Ranking',
    'col.rank': 'Rank',
    'col.province': 'Province',
    'col.value': 'Value',
    'col.target': 'Target',
    'col.gap': 'Gap',
    'col.gapPoints': 'Gap (pts)',
    'col.status': 'Status',
    'col.trend': 'Trend',
    'col.lastYear': 'Same period last year',
    sortBy: 'Sort by {column}',
    points: '{value} pts',
    alertsTitle: 'Alerts',
    alertsOpen: '{n} firing, not acknowledged',
    alertsNone: 'No alerts yet.',
    alertsFiring: '{n} firing',
    'alert.state.pending': 'Pending',
    'alert.state.firing': 'Firing',
    'alert.state.recovering': 'Firing, improving',
    'alert.state.no-data': 'No data',
    'alert.state.resolved': 'Resolved',
    'alert.state.muted': 'Muted',
    'alert.text.pending': 'Behind since {since}: {value} (target {target}); fires if it lasts',
    'alert.text.firing': 'Behind: {value} (target {target})',
    'alert.text.clearing': 'No longer behind since {since}, watching: {value} (target {target})',
    'alert.text.met': 'Met: {value} (target {target})',
    'alert.text.belowTarget': 'No longer behind, still under the {target} target: {value}',
    'alert.text.periodEnded': 'Period ended behind: {value} (target {target})',
    'alert.text.notEnoughData': 'Not enough data to judge: {value} (target {target})',
    'alert.text.noData': 'No data received since {since}; the one-stop system may have stopped syncing',
    'alert.text.dataBack': 'Data received again',
    mutedUntil: 'Muted until {time}',
    silencesTitle: 'Silences in force',
    'silence.allProvinces': 'All provinces',
    'silence.allIndicators': 'all indicators',
    acknowledge: 'Acknowledge',
    acknowledgedBy: 'Acknowledged by {who}, {time}',
    acknowledgeFailed: 'Could not acknowledge: {reason}',
    newAlert: 'New',
    keyButton: 'API key',
    keySaved: 'Key saved',
    keyTitle: 'API key',
    keyExplain: 'Acknowledging or muting alerts needs a viewer or admin API key. The key is kept in this browser.',
    keyExplainRead: 'This server needs an API key to show the board.',
    keyLabel: 'API key',
    keySave: 'Save key',
    keyCancel: 'Cancel',
    keyForget: 'Forget the saved key',
    keyInvalid: 'The key is wrong or has been revoked.',
    keyForbidden: 'This key may not acknowledge or mute alerts (a viewer or admin key is needed).',
    silenceButton: 'Mute',
    silenceEnd: 'Unmute',
    silenceTitle: 'Mute alerts: {province}',
    silenceExplain: 'Alerts are still recorded and shown on the board, but no email or webhook is sent until it ends.',
    silenceIndicator: 'Indicator',
    silenceDuration: 'For',
    'silence.hours1': '1 hour',
    'silence.hours4': '4 hours',
    'silence.hours24': '1 day',
    'silence.hours168': '7 days',
    silenceReason: 'Reason',
    silenceReasonNeeded: 'A reason is needed.',
    silenceSave: 'Mute',
    silenceFailed: 'Could not do it: {reason}',
    keyNeeded: 'An API key is needed.',
    loadFailed: 'Could not load the figures: {reason}',
    back: '← Nationwide',
    'kind.city': 'Centrally governed city',
    'kind.province': 'Province',
    population: 'Population {n}',
    mergedFrom: 'Merged from: {names}',
    historyOf: 'Last {n} periods',
    targetLine: 'Target',
    deadline: 'Deadline {date}',
    noDeadline: 'No fixed deadline',
    projection: 'Projected at deadline',
    sample: '{numerator}/{denominator}',
    sampleLabel: 'Numerator / denominator',
    countsTitle: 'Details',
    notFound: 'There is no province with code {code}.',
    noData: 'No figures',
    'count.ontime.received': 'Received',
    'count.ontime.early': 'Early',
    'count.ontime.onTime': 'On time',
    'count.ontime.late': 'Late',
    'count.ontime.returned': 'Returned for supplement',
    'count.ontime.cancelled': 'Withdrawn or cancelled',
    'count.ontime.inProgress': 'In progress',
    'count.ontime.overdue': 'In progress, overdue',
    'count.edoc.electronic': 'Electronic documents',
    'count.edoc.total': 'All documents',
    'count.online-l4.procedures': 'Procedures',
    'count.online-l4.level2': 'Not online',
    'count.online-l4.level3': 'Partly online',
    'count.online-l4.level4': 'Full online',
    'count.online-dossier.received': 'Received',
    'count.online-dossier.online': 'Online',
    'count.online-dossier.inPerson': 'In person',
    'count.online-dossier.postal': 'Postal',
    'short.edoc': 'E-documents',
    'short.ontime': 'On-time dossiers',
    'short.online-l4': 'Full-online services',
    'short.online-dossier': 'Online dossiers',
    reportButton: 'Report',
    reportTitle: 'Report: {scope}, {period}',
    reportNational: 'national',
    reportCutoff: 'Data cut-off',
    'cutoff.calendar': 'Calendar months',
    'cutoff.nd09': 'Decree 09/2019/NĐ-CP (15th to 14th)',
    reportPreview: 'Report preview',
    reportDocx: 'Download Word (.docx)',
    reportXlsx: 'Download Excel (.xlsx)',
    reportClose: 'Close',
    reportLoading: 'Writing the report…',
    reportFailed: 'Could not write the report: {reason}',
    importLink: 'Import data',
    'import.title': 'Import data',
    'import.back': 'Back to the board',
    'import.subtitle': 'Dossiers from a one-stop system\'s export',
    'import.key': 'API key (office or admin)',
    'import.file': 'File',
    'import.read': 'Read file',
    'import.help': 'Takes Excel (.xlsx), CSV (comma or semicolon, Vietnamese headers, dd/MM/yyyy dates) or JSON. The file is read and checked whole before anything is stored; a large file goes in batches of 5,000 dossiers, and sending it again never counts twice.',
    'import.reading': 'Reading {name}…',
    'import.ready': 'Read {rows} rows, no errors.',
    'import.refused': '{errors} errors in {rows} rows: fix the file and read it again. Nothing was stored.',
    'import.unreadable': 'Could not read the file: {reason}',
    'import.keyRefused': 'This API key may not import dossiers (an office or admin key is needed).',
    'import.errorsTitle': 'Refused rows',
    'import.row': 'Row {row}',
    'import.item': 'Dossier {index}',
    'import.column': 'column {field}',
    'import.previewTitle': 'Preview',
    'import.previewNote': 'first {shown} of {rows} rows, as they will be stored',
    'import.send': 'Import {rows} dossiers',
    'import.sending': 'Sent {sent}/{rows} dossiers…',
    'import.done': 'Imported {rows} dossiers: {changed} new or changed, {unchanged} unchanged.',
    'import.failed': 'Stopped after {sent}/{rows} dossiers: {reason}. The batches sent are stored; sending the file again counts nothing twice.',
    'import.col.dossierId': 'Dossier id',
    'import.col.province': 'Province',
    'import.col.level': 'Level',
    'import.col.channel': 'Channel',
    'import.col.procedureCode': 'Procedure code',
    'import.col.receivedAt': 'Received',
    'import.col.dueAt': 'Due',
    'import.col.resolvedAt': 'Resolved',
    'import.col.status': 'Status',
    'import.moved.province': 'Province',
    'import.moved.period': 'Period',
    'import.moved.indicator': 'Indicator',
    'import.moved.before': 'Before',
    'import.moved.after': 'After',
    'import.word.received': 'Received',
    'import.word.in-progress': 'In progress',
    'import.word.resolved': 'Resolved',
    'import.word.returned': 'Returned for supplement',
    'import.word.withdrawn': 'Withdrawn',
    'import.word.refused': 'Refused',
    'import.word.online': 'Online',
    'import.word.in-person': 'In person',
    'import.word.postal': 'Postal',
    'import.word.province': 'Province',
    'import.word.district': 'District',
    'import.word.commune': 'Commune',
    hoangSa: 'Hoang Sa Is.',
    truongSa: 'Truong Sa Is.',
  },
};

let current = LANGUAGES.includes(localStorage.getItem(STORAGE_KEY)) ? localStorage.getItem(STORAGE_KEY) : 'vi';

export function language() {
  return current;
}

export function setLanguage(lang) {
  current = LANGUAGES.includes(lang) ? lang : 'vi';
  localStorage.setItem(STORAGE_KEY, current);
  document.documentElement.lang = current;
}

/** Puts the page's fixed words (data-i18n, data-i18n-title, data-i18n-label) in the current language and marks its language button. */
export function translateElements() {
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of document.querySelectorAll('[data-i18n-title]')) {
    element.title = t(element.dataset.i18nTitle);
  }
  for (const element of document.querySelectorAll('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel));
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', button.dataset.lang === current ? 'true' : 'false');
  }
}

/** The text for a key, with {name} placeholders filled in. */
export function t(key, params = {}) {
  const text = STRINGS[current][key] ?? STRINGS.vi[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

const locale = () => (current === 'vi' ? 'vi-VN' : 'en-GB');

function decimal(value, digits, minDigits = digits) {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: minDigits, maximumFractionDigits: digits }).format(value);
}

/** A ratio as a percentage: "96,4 %" in Vietnamese (decimal comma, spaced sign), "96.4%" in English. */
export function percent(ratio, digits = 1) {
  if (ratio === null || ratio === undefined) {
    return '—';
  }
  const number = decimal(ratio * 100, digits);
  return current === 'vi' ? `${number}\u00a0%` : `${number}%`;
}

/** A target: "95 %", with a decimal only where the target has one. */
export function targetPercent(ratio) {
  return percent(ratio, Number.isInteger(Math.round(ratio * 1000) / 10) ? 0 : 1);
}

/** A difference of two ratios in percentage points, always signed: "−3,1 điểm %" (or "−3,1" under a heading that says the unit). */
export function points(difference, { unit = true } = {}) {
  if (difference === null || difference === undefined) {
    return '—';
  }
  const value = difference * 100;
  const sign = value >= 0.05 ? '+' : value <= -0.05 ? '−' : '';
  const number = sign + decimal(Math.abs(value), 1);
  return unit ? t('points', { value: number }) : number;
}

export function count(value) {
  return value === null || value === undefined ? '—' : new Intl.NumberFormat(locale()).format(value);
}

export function dateTime(iso) {
  return new Intl.DateTimeFormat(locale(), {
    timeZone: VIETNAM_TIME_ZONE, hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric',
  }).format(new Date(iso));
}

export function time(date) {
  return new Intl.DateTimeFormat(locale(), {
    timeZone: VIETNAM_TIME_ZONE, hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).format(date);
}

export function date(isoDate) {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' })
    .format(new Date(Date.UTC(year, month - 1, day)));
}

export function statusLabel(status) {
  return t(`status.${status}`);
}

export function countLabel(indicator, name) {
  return t(`count.${indicator}.${name}`);
}

export function indicatorName(indicator) {
  return current === 'vi' ? indicator.nameVi : indicator.nameEn;
}

export function indicatorShortName(id) {
  return t(`short.${id}`);
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Tháng 11/2026", "Quý IV/2026", "6 tháng đầu năm 2026", "Năm 2026" (or their English forms). */
export function periodLabel(period) {
  const { kind, year, index } = period;
  const vi = current === 'vi';
  switch (kind) {
    case 'month': return vi ? `Tháng ${index}/${year}` : `${MONTHS_EN[index - 1]} ${year}`;
    case 'quarter': return vi ? `Quý ${ROMAN[index - 1]}/${year}` : `Q${index} ${year}`;
    case 'half-year': return vi ? `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}` : `H${index} ${year}`;
    default: return vi ? `Năm ${year}` : `${year}`;
  }
}

/** A short label for chart axes: "T11/26", "QIV/26", "6T1/26", "2026" (or "Nov 26", "Q4 26", "H1 26"). */
export function periodShortLabel(period) {
  const { kind, year, index } = period;
  const yy = String(year).slice(2);
  const vi = current === 'vi';
  switch (kind) {
    case 'month': return vi ? `T${index}/${yy}` : `${MONTHS_EN[index - 1]} ${yy}`;
    case 'quarter': return vi ? `Q${ROMAN[index - 1]}/${yy}` : `Q${index} ${yy}`;
    case 'half-year': return vi ? `6T${index}/${yy}` : `H${index} ${yy}`;
    default: return `${year}`;
  }
}

document.documentElement.lang = current;
