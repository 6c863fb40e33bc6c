using Volunteers.Core.Common;
using Volunteers.Core.Documents;
using Volunteers.Core.Documents.Layout;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Documents;

public sealed class CertificateTests
{
    [Test]
    public void A_certificate_is_one_small_page_whose_Chinese_text_extracts_exactly()
    {
        var pdf = Pdfs.Render(output => AwardCertificate.Write(Samples.Certificate("刘䶮"), output), "certificate");
        Assert.That(pdf.Pages, Has.Count.EqualTo(1));
        var text = pdf.Pages[0];
        Assert.That(text, Does.Contain("荣誉证书"));
        Assert.That(text, Does.Contain("刘䶮 同志："));
        Assert.That(text, Does.Contain("2024年度优秀社区教育志愿者"));
        Assert.That(text, Does.Contain("热心公益、服务群众"));
        Assert.That(text, Does.Contain("扶欢镇社区教育学校"));
        Assert.That(text, Does.Contain("二〇二四年十二月二十日"));
        Assert.That(text, Does.Contain("证书编号：扶欢社教〔2024〕第001号"));
        Assert.That(text, Does.Contain("（盖章）"), "an empty place is left for the seal");
        Assert.That(pdf.Title, Is.EqualTo("荣誉证书"));
        Assert.That(pdf.Creator, Is.EqualTo(PdfFile.Creator));
        Assert.That(pdf.Author, Is.EqualTo("扶欢镇社区教育学校"), "the issuer");
        Assert.That(pdf.Subject, Is.EqualTo("扶欢镇社区教育学校2024年度优秀社区教育志愿者荣誉证书"));
        Assert.That(pdf.FontNames, Has.All.Match("^[A-Z]{6}\\+"), "fonts are embedded as subsets");
        Assert.That(pdf.Bytes.Length, Is.LessThan(80_000), "a subset, not the 4.6 MB font");
    }

    [Test]
    public void A_name_with_a_character_no_font_has_is_refused_naming_it()
    {
        var ex = Assert.Throws<DomainException>(() =>
            AwardCertificate.Write(Samples.Certificate("王\U0002B820"), Stream.Null));
        Assert.That(ex!.Message, Is.EqualTo("无法打印字符“\U0002B820”(U+2B820)：字库中没有该字"));
    }

    [Test]
    public void A_private_use_character_is_refused_too()
    {
        var ex = Assert.Throws<DomainException>(() => AwardCertificate.Write(Samples.Certificate("张\uE000"), Stream.Null));
        Assert.That(ex!.Message, Does.Contain("(U+E000)"));
    }

    [Test]
    public void All_certificates_of_a_year_are_one_page_each_in_one_file()
    {
        var names = new[] { "吉𠮷", "刘䶮", "阿卜杜·热合曼", "李秀英" };
        var pdf = Pdfs.Render(output => AwardCertificate.WriteAll(names.Select((n, i) => Samples.Certificate(n, i + 1)), output));
        Assert.That(pdf.Pages, Has.Count.EqualTo(4));
        for (var i = 0; i < names.Length; i++)
        {
            Assert.That(pdf.Pages[i], Does.Contain(names[i] + " 同志："));
            Assert.That(pdf.Pages[i], Does.Contain($"第{i + 1:000}号"));
        }
    }

    [Test]
    public void Each_certificates_QR_code_scans_as_its_own_verify_URL()
    {
        var certificates = Enumerable.Range(1, 3).Select(i => Samples.Certificate(number: i)).ToList();
        var pdf = Pdfs.Render(output => AwardCertificate.WriteAll(certificates, output));
        Assert.That(QrReader.Pages(pdf.Bytes), Is.EqualTo(certificates.Select(c => new[] { c.VerifyUrl })));
    }
}
