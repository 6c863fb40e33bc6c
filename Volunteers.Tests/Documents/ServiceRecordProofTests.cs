using System.Text.RegularExpressions;
using Volunteers.Core.Common;
using Volunteers.Core.Documents;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Documents;

public sealed class ServiceRecordProofTests
{
    private static readonly Regex Row = new(@"\d{4}-\d{2}-\d{2}讲座第(\d+)场");
    private const string Header = "日期服务活动时长（小时）学习点";

    private static ReadBack Render(int services, string? picture = null) =>
        Pdfs.Render(output => ServiceRecordProof.Write(Samples.Proof(services), output), picture);

    [Test]
    public void The_proof_states_who_when_and_how_many_hours_with_a_masked_ID_number()
    {
        var pdf = Render(3, "service-record-proof");
        var text = pdf.AllText;
        Assert.That(text, Does.Contain("志愿服务记录证明"));
        Assert.That(text, Does.Contain("兹证明 吉𠮷（身份证号：500110********002X，志愿者编号：FH2024-0042）"));
        Assert.That(text, Does.Contain("2024年1月1日 至 2024年12月31日 期间"));
        Assert.That(text, Does.Contain("服务记录共 3 条，累计服务时长 8.5 小时"));
        Assert.That(text, Does.Contain("2024-01-03讲座第2场2.5新连村"));
        Assert.That(text, Does.Contain("合计8.5"));
        Assert.That(text, Does.Contain("证明编号：扶欢社教证〔2024〕第0042号"));
        Assert.That(text, Does.Contain("扶欢镇社区教育学校"));
        Assert.That(text, Does.Contain("二〇二四年十二月二十日"));
        Assert.That(text, Does.Contain("（盖章）"));
        Assert.That(pdf.Title, Is.EqualTo("志愿服务记录证明"));
        Assert.That(pdf.Bytes.Length, Is.LessThan(80_000));
    }

    [Test]
    public void A_whole_ID_number_is_refused()
    {
        var proof = Samples.Proof(1) with { MaskedIdNumber = "500110198003150028" };
        var ex = Assert.Throws<DomainException>(() => ServiceRecordProof.Write(proof, Stream.Null));
        Assert.That(ex!.Errors.Single().Field, Is.EqualTo("idNumber"));
    }

    [TestCase(1)]
    [TestCase(24)]
    [TestCase(25)]
    [TestCase(300)]
    public void Services_flow_over_pages_with_the_header_repeated_and_numbered_pages(int services)
    {
        var pdf = Render(services);
        Paging.AssertWellPaged(pdf, Row, services, Header, Paging.FullPageRows(ServiceRecordProof.Services));
        Assert.That(pdf.Pages[^1], Does.Contain("特此证明"));
        Assert.That(Row.Matches(pdf.Pages[^1]), Is.Not.Empty, "the signature never stands alone on a page");
    }

    [Test]
    public void At_the_edge_of_one_page_the_next_service_brings_a_second_page()
    {
        var capacity = Paging.OnePageCapacity(n => Render(n));
        TestContext.Out.WriteLine($"services that fit on one page with the signature: {capacity}");
        Assert.That(Render(capacity).Pages, Has.Count.EqualTo(1));
        var over = Render(capacity + 1);
        Paging.AssertWellPaged(over, Row, capacity + 1, Header, Paging.FullPageRows(ServiceRecordProof.Services));
        Assert.That(over.Pages, Has.Count.EqualTo(2));
    }

    [Test]
    public void Three_hundred_services_fill_every_middle_page()
    {
        var pdf = Render(300);
        var full = Paging.FullPageRows(ServiceRecordProof.Services);
        TestContext.Out.WriteLine($"300 services: {pdf.Pages.Count} pages, {full} rows a full page, {pdf.Bytes.Length / 1024} KB");
        Assert.That(pdf.Pages.Count, Is.GreaterThanOrEqualTo(300 / full + 1));
        Assert.That(pdf.Pages.Count, Is.LessThanOrEqualTo(300 / full + 2));
    }

    [Test]
    public void The_verification_code_comes_once_with_the_signature_on_the_last_page()
    {
        var pdf = Render(40);
        var codes = QrReader.Pages(pdf.Bytes);
        Assert.That(codes, Has.Count.GreaterThan(1));
        Assert.That(codes.Take(codes.Count - 1), Has.All.Empty);
        Assert.That(codes[^1], Is.EqualTo(new[] { Samples.Proof(40).VerifyUrl }));
    }
}
