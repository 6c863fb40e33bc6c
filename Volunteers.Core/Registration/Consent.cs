namespace Volunteers.Core.Registration;

/// <summary>
/// The privacy notice a person agrees to when registering themself. A changed wording gets a new version: each registration
/// keeps the version it agreed to, and a form still showing an older notice is refused.
/// </summary>
public static class Consent
{
    public const string Version = "2026-11-v1";

    public static string Text => Common.Text.T(Chinese, English);

    private const string Chinese = """
        扶欢镇社区教育志愿者登记 · 个人信息说明

        我们收集哪些信息：姓名、性别、手机号码、出生日期、身份证号码（选填）、志愿者类别、工作单位或学校、特长、您选择的学习点；未满 18 周岁的，还有监护人的姓名和手机号码。

        为什么收集：用于办理志愿者登记、联系您参加社区教育活动、记录志愿服务时长，以及统计全镇志愿者的人数和服务情况。这些信息不作其他用途，不出售，也不提供给无关的单位和个人。

        谁能看到：您选择的学习点的负责人（学习点主任、联络员）和扶欢镇社区教育办公室的工作人员。身份证号码加密保存，平时只显示部分号码（例如 500110********002X）；名单和表格中的手机号码也只显示部分号码。

        如何退出：您可以随时联系所在学习点，申请退出志愿者队伍。退出后，您的登记不再使用；您还可以要求删除个人信息（姓名、手机号码、身份证号码等将被清除，只保留不含个人信息的服务时长合计）。

        未满 18 周岁的，请在监护人同意后填写。
        """;

    private const string English = """
        Fuhuan community-education volunteers · How we use your personal information

        What we collect: your name, gender, mobile number, birth date, resident ID number (optional), volunteer category, workplace or school, skills and the learning point you choose; for anyone under 18, also a guardian's name and mobile number.

        Why: to register you as a volunteer, contact you about community-education activities, record your service hours, and count the town's volunteers and their service. It is used for nothing else, never sold, and not given to unrelated organisations or people.

        Who sees it: the coordinator of the learning point you choose and the staff of Fuhuan town's community-education office. ID numbers are stored encrypted and shown only in part (e.g. 500110********002X); lists and spreadsheets show mobile numbers only in part too.

        How to withdraw: contact your learning point at any time to leave the volunteer team. Your registration is then no longer used, and you may ask for your personal data to be erased (name, mobile, ID number and the like are wiped; only anonymous totals of service hours remain).

        If you are under 18, fill this in with your guardian's agreement.
        """;
}
