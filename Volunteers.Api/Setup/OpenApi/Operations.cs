namespace Volunteers.Api.Setup.OpenApi;

public sealed record Operation(string Id, string Chinese, string English);

/// <summary>
/// Every operation's stable id and summary, in one place: a generated client's method names come from the ids, so they
/// change only on purpose. A route missing here fails the document (and so every test), never silently.
/// </summary>
public static class Operations
{
    public static readonly IReadOnlyDictionary<string, Operation> ByRoute = new Dictionary<string, Operation>
    {
        ["GET /api/town"] = new("getTown", "查看本镇设置与目标人数（区管理员用 townId 指明）", "Read the caller's town's settings and target"),
        ["PUT /api/town"] = new("updateTown", "修改本镇名称、常住人口、目标比例与编号格式", "Change the caller's town's settings"),
        ["GET /api/towns"] = new("listTowns", "本区的镇（街道）列表", "List the district's towns"),
        ["POST /api/towns"] = new("createTown", "新建镇（街道）（区管理员）", "Create a town (district administrator)"),
        ["GET /api/towns/{id}"] = new("getTownById", "查看镇（街道）", "Read a town"),
        ["PUT /api/towns/{id}"] = new("updateTownById", "修改镇（街道）设置", "Change a town's settings"),
        ["GET /api/progress"] = new("getProgress", "查看全镇志愿者队伍建设进度（公开）", "Progress toward the target (public)"),
        ["GET /api/district/progress"] = new("getDistrictProgress", "查看全区及各镇志愿者队伍建设进度（公开）", "The district's and each town's progress (public)"),

        ["GET /api/learning-points"] = new("listLearningPoints", "学习点列表（公开；带令牌时含编码、人口与目标）", "List learning points (public)"),
        ["POST /api/learning-points"] = new("createLearningPoint", "新建学习点", "Create a learning point"),
        ["GET /api/learning-points/{id}"] = new("getLearningPoint", "查看学习点", "Read a learning point"),
        ["PUT /api/learning-points/{id}"] = new("updateLearningPoint", "修改学习点", "Change a learning point"),

        ["GET /api/accounts"] = new("listAccounts", "账号列表", "List accounts"),
        ["POST /api/accounts"] = new("createAccount", "新建账号（答复中含一次性令牌）", "Create an account (answers its token once)"),
        ["POST /api/accounts/{id}/tokens"] = new("issueToken", "为账号签发新令牌", "Issue a new token for an account"),
        ["DELETE /api/accounts/{id}/tokens"] = new("revokeTokens", "吊销账号的全部令牌", "Revoke all of an account's tokens"),

        ["GET /api/volunteers"] = new("listVolunteers", "查找志愿者（手机号、身份证号脱敏）", "Find volunteers (masked mobiles and ID numbers)"),
        ["POST /api/volunteers"] = new("createVolunteer", "登记志愿者（学习点录入，直接在册）", "Register a volunteer (starts active)"),
        ["GET /api/volunteers/{id}"] = new("getVolunteer", "查看志愿者（含时长、星级、积分）", "Read a volunteer with hours, stars and points"),
        ["PATCH /api/volunteers/{id}"] = new("updateVolunteer", "修改志愿者信息（只改所传字段）", "Change a volunteer's fields"),
        ["DELETE /api/volunteers/{id}"] = new("eraseVolunteer", "注销已退出志愿者的个人信息", "Erase a withdrawn volunteer's personal data"),
        ["POST /api/volunteers/{id}/transfer"] = new("transferVolunteer", "转移志愿者到另一学习点或镇（时长、星级、积分与表彰随人）", "Move a volunteer to another point or town"),
        ["POST /api/volunteers/{id}/approve"] = new("approveVolunteer", "审核通过或恢复志愿者", "Approve or reinstate a volunteer"),
        ["POST /api/volunteers/{id}/suspend"] = new("suspendVolunteer", "暂停志愿者", "Suspend a volunteer"),
        ["POST /api/volunteers/{id}/withdraw"] = new("withdrawVolunteer", "登记志愿者退出", "Record a volunteer's withdrawal"),
        ["POST /api/volunteers/{id}/reveal-id-number"] = new("revealIdNumber", "查看完整身份证号（须说明原因，留痕）", "Reveal a whole ID number (audited)"),
        ["POST /api/volunteers/{id}/card"] = new("issueCard", "签发志愿者证（链接，或 Accept: application/pdf 时为可打印的证）", "Issue a personal card"),
        ["DELETE /api/volunteers/{id}/card"] = new("revokeCard", "吊销志愿者证", "Revoke a personal card"),
        ["GET /api/volunteers/{id}/service-proof.pdf"] = new("getServiceProof",
            "志愿服务记录证明（PDF）：内容未变时按原编号重印，首次下载时开具；内容已变则 409，须用 POST 开具新编号",
            "The service-record proof (PDF): reprinted under its number while unchanged, issued on the first download; 409 once changed (POST issues a new one)"),
        ["POST /api/volunteers/{id}/service-proof.pdf"] = new("issueServiceProof", "开具新编号的志愿服务记录证明（PDF，记入审计）",
            "Issue a new numbered service-record proof (PDF, audited)"),
        ["POST /api/volunteers/{id}/redemptions"] = new("redeemPoints", "积分兑换", "Redeem points"),

        ["POST /api/registrations"] = new("register", "志愿者自助登记（公开）", "Register oneself (public)"),
        ["GET /api/registrations/consent"] = new("getConsent", "当前隐私告知（公开）", "The current privacy notice (public)"),

        ["GET /api/me"] = new("getMe", "本人概况：时长、星级、积分、记录、表彰、报名", "The volunteer's own overview"),
        ["GET /api/me/points"] = new("listMyPoints", "本人积分明细", "The volunteer's points ledger"),
        ["GET /api/me/service-proof.pdf"] = new("getMyServiceProof", "本人志愿服务记录证明（PDF）", "The volunteer's own proof (PDF)"),
        ["GET /api/me/awards/{id}/certificate.pdf"] = new("getMyCertificate", "本人荣誉证书（PDF）", "The volunteer's own certificate (PDF)"),
        ["GET /api/me/card.svg"] = new("getMyCardQr", "本人志愿者证二维码（SVG）", "The card's QR code (SVG)"),
        ["GET /api/me/calendar.ics"] = new("getMyCalendar", "本人已确认活动的日历文件", "The volunteer's confirmed activities as a calendar"),
        ["POST /api/me/signups"] = new("signUp", "本人报名活动", "Sign up for an activity"),
        ["DELETE /api/me/signups/{id}"] = new("cancelMySignup", "本人取消报名", "Cancel one's sign-up"),

        ["GET /api/activities"] = new("listActivities", "活动列表", "List activities"),
        ["POST /api/activities"] = new("createActivity", "新建活动", "Create an activity"),
        ["GET /api/activities/open"] = new("listOpenActivities", "正在招募的活动（公开）", "Activities open for sign-up (public)"),
        ["GET /api/activities/{id}"] = new("getActivity", "查看活动", "Read an activity"),
        ["PATCH /api/activities/{id}"] = new("updateActivity", "修改活动（只改所传字段）", "Change an activity"),
        ["POST /api/activities/{id}/cancel"] = new("cancelActivity", "取消活动", "Call off an activity"),
        ["GET /api/activities/{id}/signups"] = new("getRoster", "活动报名名单", "An activity's roster"),
        ["POST /api/activities/{id}/signups"] = new("addSignup", "为志愿者报名", "Sign a volunteer up"),
        ["DELETE /api/activities/{id}/signups/{signupId}"] = new("removeSignup", "取消某人的报名", "Remove a sign-up"),
        ["GET /api/activities/{id}/roster.pdf"] = new("getRosterPdf", "打印签到表（PDF）", "The printable sign-in sheet (PDF)"),
        ["POST /api/activities/{id}/attendance"] = new("recordAttendance", "录入签到表时长（整批）", "Enter a sign-in sheet's hours (all or nothing)"),
        ["GET /api/activities/{id}/checkin"] = new("getCheckinCode", "活动签到码", "An activity's check-in code"),
        ["GET /api/activities/{id}/checkin-poster.pdf"] = new("getCheckinPoster", "签到海报（PDF）", "The check-in poster (PDF)"),
        ["GET /api/activities/{id}/checkins"] = new("listCheckins", "签到签退情况", "The live check-in list"),
        ["POST /api/activities/{id}/checkins"] = new("enterCheckin", "代为签到或签退", "Check someone in or out"),
        ["POST /api/activities/{id}/close"] = new("closeActivity", "结束活动，签到转为待审核记录", "Close an activity into pending records"),
        ["POST /api/checkin/{code}"] = new("scanCheckin", "扫码签到或签退（志愿者证）", "Check in or out by scanning"),

        ["GET /api/service-records"] = new("listServiceRecords", "服务记录列表", "List service records"),
        ["POST /api/service-records"] = new("createServiceRecord", "录入服务记录", "Record a service"),
        ["GET /api/service-records/{id}"] = new("getServiceRecord", "查看服务记录", "Read a service record"),
        ["POST /api/service-records/{id}/approve"] = new("approveServiceRecord", "审核通过服务记录", "Approve a service record"),
        ["POST /api/service-records/{id}/reject"] = new("rejectServiceRecord", "驳回服务记录（须说明原因）", "Reject a service record"),
        ["POST /api/service-records/{id}/reverse"] = new("reverseServiceRecord", "冲正已通过的服务记录（须说明原因）", "Reverse an approved record"),

        ["GET /api/leaderboard"] = new("getLeaderboard", "服务时长排行", "The leaderboard"),

        ["POST /api/selections"] = new("createSelection", "开始年度评选", "Start a year's selection"),
        ["GET /api/selections/{year}"] = new("getSelection", "查看年度评选", "Read a year's selection"),
        ["POST /api/selections/{year}/nominations"] = new("nominate", "推荐候选人", "Nominate a volunteer"),
        ["POST /api/selections/{year}/review"] = new("reviewSelection", "确认审核名单", "Confirm the reviewed list"),
        ["POST /api/selections/{year}/notice"] = new("startNotice", "开始公示", "Start the public notice"),
        ["POST /api/selections/{year}/objections"] = new("recordObjection", "登记异议", "Record an objection"),
        ["POST /api/selections/{year}/objections/{id}/resolve"] = new("resolveObjection", "处理异议", "Resolve an objection"),
        ["POST /api/selections/{year}/finalize"] = new("finalizeSelection", "评选定稿并颁发表彰", "Finalize and grant the awards"),
        ["GET /api/selections/{year}/certificates.pdf"] = new("getYearCertificates", "全年荣誉证书（PDF）", "All of a year's certificates (PDF)"),
        ["GET /api/selections/{year}/recognition-list.pdf"] = new("getRecognitionList", "表彰名单（PDF）", "The recognition list (PDF)"),
        ["GET /api/awards"] = new("listAwards", "表彰列表", "List awards"),
        ["GET /api/awards/{id}/certificate.pdf"] = new("getCertificate", "荣誉证书（PDF）", "An award's certificate (PDF)"),
        ["POST /api/awards/{id}/revoke"] = new("revokeAward", "撤销表彰", "Revoke an award"),
        ["GET /api/verify/{code}"] = new("verify", "核验证书或证明（公开）", "Verify a certificate or proof (public)"),
        ["GET /api/reports/annual/{year}.pdf"] = new("getAnnualReport", "年度报告（PDF）", "The annual report (PDF)"),
        ["GET /api/reports/monthly/{month}"] = new("getMonthlyBriefing", "月度简报", "The monthly briefing"),
        ["GET /api/reports/monthly/{month}.pdf"] = new("getMonthlyBriefingPdf", "月度简报（PDF）", "The monthly briefing (PDF, A4)"),
        ["GET /api/reports/monthly/{month}.html"] = new("getMonthlyBriefingHtml", "月度简报（微信图文 HTML）", "The monthly briefing as HTML for a WeChat article"),

        ["GET /api/exports/volunteers.{format}"] = new("exportVolunteers", "导出志愿者名单（CSV 或 XLSX）", "Export volunteers"),
        ["GET /api/exports/service-records.{format}"] = new("exportServiceRecords", "导出服务记录（CSV 或 XLSX）", "Export service records"),
        ["GET /api/exports/awards.{format}"] = new("exportAwards", "导出表彰（CSV 或 XLSX）", "Export awards"),
        ["GET /api/exports/statistics.{format}"] = new("exportStatistics", "导出统计表（CSV 或 XLSX）", "Export statistics"),
        ["GET /api/imports/volunteers/template.{format}"] = new("getImportTemplate", "志愿者导入模板", "The volunteer import template"),
        ["POST /api/imports/volunteers"] = new("importVolunteers", "导入志愿者（可先试导入）", "Import volunteers (or check first)"),

        ["GET /api/audit"] = new("listAudit", "操作留痕", "The audit trail"),
        ["GET /api/audit/verify"] = new("verifyAudit", "校验留痕哈希链", "Check the audit chain"),
        ["POST /api/admin/backups"] = new("createBackup", "备份数据库", "Back up the database"),
    };
}
