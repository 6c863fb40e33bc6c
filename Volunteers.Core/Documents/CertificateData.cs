namespace Volunteers.Core.Documents;

/// <summary>
/// One award certificate (荣誉证书). Title is the honour, e.g. 优秀社区教育志愿者; the certificate
/// number is issued by the selection, e.g. 扶欢社教〔2024〕第001号; VerifyUrl is the public page
/// the QR code opens.
/// </summary>
public sealed record CertificateData(
    string Name,
    string Title,
    string Citation,
    int Year,
    string Issuer,
    DateOnly IssuedOn,
    string CertificateNo,
    string VerifyUrl);
