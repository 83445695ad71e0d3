using System.Text;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Mrz;
using static Vigil.Formats.Tests.Mrz.MrzSamples;

namespace Vigil.Formats.Tests.Mrz;

public sealed class MrzParserTests
{
    private static MrzParseResult Parse(string text) => MrzParser.Parse(Encoding.UTF8.GetBytes(text), Today, "mrz.txt");

    private static MrzParseResult Parse(string[] lines) => Parse(Text(lines));

    private static MachineReadableZone Valid(string[] lines) => Valid(Text(lines));

    private static MachineReadableZone Valid(string text)
    {
        MrzParseResult result = Parse(text);
        Assert.True(result.Outcome == MrzOutcome.Valid, string.Join(Environment.NewLine, result.Issues));
        Assert.Empty(result.Issues);
        return result.Zone!;
    }

    private static Diagnostic Single(MrzParseResult result, string code)
    {
        Diagnostic[] found = [.. result.Issues.Where(d => d.Code == code)];
        Assert.True(found.Length == 1, $"expected one {code}, found: {string.Join(Environment.NewLine, result.Issues)}");
        return found[0];
    }

    private static void AssertAt(Diagnostic diagnostic, int line, int column)
    {
        Assert.Equal(line, diagnostic.Position.Line);
        Assert.Equal(column, diagnostic.Position.Column);
        Assert.Equal("mrz.txt", diagnostic.Position.Source);
    }

    public sealed class IcaoSpecimens
    {
        // The specimens of ICAO Doc 9303 (fictitious holder, fictional state Utopia), checked by hand.
        [Fact]
        public void Reads_the_td3_passport_specimen()
        {
            MrzParseResult result = Parse(Text(
                "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                "L898902C36UTO7408122F1204159ZE184226B<<<<<10"));

            Assert.Equal(MrzOutcome.Valid, result.Outcome);
            Assert.Empty(result.Issues);
            MachineReadableZone zone = result.Zone!;
            Assert.Equal(MrzFormat.Td3, zone.Format);
            Assert.Equal("P", zone.DocumentCode);
            Assert.Equal("UTO", zone.IssuingState);
            Assert.Null(zone.IssuingStateIso);
            Assert.Equal("UTO", zone.Nationality);
            Assert.Equal("ERIKSSON", zone.FamilyName);
            Assert.Equal("ANNA MARIA", zone.GivenNames);
            Assert.Equal("L898902C3", zone.DocumentNumber);
            Assert.Equal(PartialDate.Of(1974, 8, 12), zone.DateOfBirth);
            Assert.Equal(Gender.Female, zone.Sex);
            Assert.Equal(PartialDate.Of(2012, 4, 15), zone.Expiry);
            Assert.Equal("ZE184226B", zone.OptionalData);
            Assert.Null(zone.OptionalData2);
            Assert.Empty(zone.FailedChecks);
            Assert.False(zone.NameMayBeTruncated);
            Assert.Equal(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"], zone.Lines);
        }

        [Fact]
        public void Reads_the_td1_card_specimen()
        {
            MachineReadableZone zone = Valid(Text(
                "I<UTOD231458907<<<<<<<<<<<<<<<",
                "7408122F1204159UTO<<<<<<<<<<<6",
                "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"));

            Assert.Equal(MrzFormat.Td1, zone.Format);
            Assert.Equal("I", zone.DocumentCode);
            Assert.Equal("D23145890", zone.DocumentNumber);
            Assert.Equal(PartialDate.Of(1974, 8, 12), zone.DateOfBirth);
            Assert.Equal(PartialDate.Of(2012, 4, 15), zone.Expiry);
            Assert.Equal("UTO", zone.Nationality);
            Assert.Equal("ERIKSSON", zone.FamilyName);
            Assert.Equal("ANNA MARIA", zone.GivenNames);
            Assert.Equal(string.Empty, zone.OptionalData);
            Assert.Equal(string.Empty, zone.OptionalData2);
        }

        [Fact]
        public void Reads_the_td2_card_specimen()
        {
            MachineReadableZone zone = Valid(Text(
                "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
                "D231458907UTO7408122F1204159<<<<<<<6"));

            Assert.Equal(MrzFormat.Td2, zone.Format);
            Assert.Equal("D23145890", zone.DocumentNumber);
            Assert.Equal("ERIKSSON", zone.FamilyName);
            Assert.Equal("ANNA MARIA", zone.GivenNames);
            Assert.Equal(PartialDate.Of(2012, 4, 15), zone.Expiry);
            Assert.Equal(string.Empty, zone.OptionalData);
        }

        [Fact]
        public void Reads_the_mrv_a_visa_specimen_without_composite_or_optional_data_check()
        {
            MachineReadableZone zone = Valid(Text(
                "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                "L8988901C4XXX4009078F96121096ZE184226B<<<<<<"));

            Assert.Equal(MrzFormat.MrvA, zone.Format);
            Assert.Equal("V", zone.DocumentCode);
            Assert.Equal("L8988901C", zone.DocumentNumber);
            Assert.Equal("XXX", zone.Nationality);
            Assert.Equal("XXX", zone.NationalityIso?.Value);
            Assert.Equal(PartialDate.Of(1940, 9, 7), zone.DateOfBirth);
            Assert.Equal(PartialDate.Of(1996, 12, 10), zone.Expiry);
            Assert.Equal("6ZE184226B", zone.OptionalData);
        }

        [Fact]
        public void Reads_the_mrv_b_visa_specimen()
        {
            MachineReadableZone zone = Valid(Text(
                "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
                "L8988901C4XXX4009078F9612109<<<<<<<<"));

            Assert.Equal(MrzFormat.MrvB, zone.Format);
            Assert.Equal("L8988901C", zone.DocumentNumber);
            Assert.Equal(PartialDate.Of(1996, 12, 10), zone.Expiry);
            Assert.Equal(string.Empty, zone.OptionalData);
        }
    }

    public sealed class ConstructedDocuments
    {
        [Fact]
        public void Reads_a_constructed_td3_passport()
        {
            MachineReadableZone zone = Valid(Td3());

            Assert.Equal(MrzFormat.Td3, zone.Format);
            Assert.Equal("NOR", zone.IssuingState);
            Assert.Equal("NOR", zone.IssuingStateIso?.Value);
            Assert.Equal("TESTPERSON", zone.FamilyName);
            Assert.Equal("AUGUSTA MAE", zone.GivenNames);
            Assert.Equal("VG4417203", zone.DocumentNumber);
            Assert.Equal(PartialDate.Of(1981, 3, 14), zone.DateOfBirth);
            Assert.Equal(PartialDate.Of(2033, 9, 2), zone.Expiry);
            Assert.Equal("AB12345", zone.OptionalData);
        }

        [Theory]
        [InlineData("P<")]
        [InlineData("PO")]
        [InlineData("PD")]
        public void Td3_document_codes_lose_only_their_filler(string code)
        {
            Assert.Equal(code.TrimEnd('<'), Valid(Td3(code: code)).DocumentCode);
        }

        [Theory]
        [InlineData("I<", "I")]
        [InlineData("ID", "ID")]
        [InlineData("AC", "AC")]
        [InlineData("C<", "C")]
        public void Card_document_codes_lose_only_their_filler(string code, string expected)
        {
            Assert.Equal(expected, Valid(Td1(code: code)).DocumentCode);
            Assert.Equal(expected, Valid(Td2(code: code)).DocumentCode);
        }

        [Fact]
        public void Reads_constructed_td1_td2_and_visas()
        {
            Assert.Equal(MrzFormat.Td1, Valid(Td1(optional1: "X12", optional2: "Y34")).Format);
            Assert.Equal(MrzFormat.Td2, Valid(Td2(optional: "Q7")).Format);
            Assert.Equal(MrzFormat.MrvA, Valid(Td3(code: "VD")).Format);
            Assert.Equal(MrzFormat.MrvB, Valid(Td2(code: "V<")).Format);
        }

        [Fact]
        public void A_td1_card_keeps_the_optional_data_of_both_lines_apart()
        {
            MachineReadableZone zone = Valid(Td1(optional1: "X12<4", optional2: "Y34"));

            Assert.Equal("X12<4", zone.OptionalData);
            Assert.Equal("Y34", zone.OptionalData2);
        }

        [Fact]
        public void An_empty_personal_number_may_carry_a_filler_or_a_zero_as_check_digit()
        {
            string[] filler = Td3(personal: string.Empty);
            Assert.Equal('<', filler[1][42]);
            Assert.Equal(string.Empty, Valid(filler).OptionalData);

            // The composite includes the check digit, so build the '0' variant with its own composite.
            string body = filler[1][..42] + "0";
            string[] zero = [filler[0], body + Check(body[..10] + body[13..20] + body[21..43])];
            Assert.Empty(Valid(zero).FailedChecks);
        }

        [Fact]
        public void Reads_a_zone_given_as_a_stream()
        {
            using MemoryStream stream = new(Encoding.ASCII.GetBytes(Text(Td3())));

            MrzParseResult result = MrzParser.Parse(stream, Today, "mrz.txt");

            Assert.Equal(MrzOutcome.Valid, result.Outcome);
            Assert.Equal("VG4417203", result.Zone!.DocumentNumber);
        }

        [Fact]
        public void Reads_a_zone_given_as_text()
        {
            MrzParseResult result = MrzParser.ParseText(Text(Td1()), Today);

            Assert.Equal(MrzOutcome.Valid, result.Outcome);
            Assert.Equal(MrzFormat.Td1, result.Zone!.Format);
        }
    }

    public sealed class CheckDigits
    {
        public static TheoryData<string, int, int, MrzCheck> EachCheck => new()
        {
            { "TD3", 2, 10, MrzCheck.DocumentNumber },
            { "TD3", 2, 20, MrzCheck.DateOfBirth },
            { "TD3", 2, 28, MrzCheck.Expiry },
            { "TD3", 2, 43, MrzCheck.OptionalData },
            { "TD3", 2, 44, MrzCheck.Composite },
            { "TD2", 2, 10, MrzCheck.DocumentNumber },
            { "TD2", 2, 20, MrzCheck.DateOfBirth },
            { "TD2", 2, 28, MrzCheck.Expiry },
            { "TD2", 2, 36, MrzCheck.Composite },
            { "TD1", 1, 15, MrzCheck.DocumentNumber },
            { "TD1", 2, 7, MrzCheck.DateOfBirth },
            { "TD1", 2, 15, MrzCheck.Expiry },
            { "TD1", 2, 30, MrzCheck.Composite },
            { "MRVA", 2, 10, MrzCheck.DocumentNumber },
            { "MRVA", 2, 20, MrzCheck.DateOfBirth },
            { "MRVA", 2, 28, MrzCheck.Expiry },
            { "MRVB", 2, 10, MrzCheck.DocumentNumber },
            { "MRVB", 2, 20, MrzCheck.DateOfBirth },
            { "MRVB", 2, 28, MrzCheck.Expiry },
        };

        private static string[] Sample(string format) => format switch
        {
            "TD3" => Td3(),
            "TD2" => Td2(),
            "TD1" => Td1(),
            "MRVA" => Td3(code: "V<"),
            _ => Td2(code: "V<"),
        };

        [Theory]
        [MemberData(nameof(EachCheck))]
        public void A_wrong_check_digit_fails_that_check_alone_at_its_position_and_keeps_every_field(string format, int line, int column, MrzCheck check)
        {
            string[] lines = Sample(format);
            string[] broken = With(lines, line, column, OtherDigit(lines[line - 1][column - 1]));
            if (check != MrzCheck.Composite)
            {
                // Check digits are part of the composite: make it agree again, so that only the one check fails.
                broken = WithComposite(broken);
            }

            MrzParseResult result = Parse(broken);

            Assert.Equal(MrzOutcome.Invalid, result.Outcome);
            Assert.Equal([check], result.Zone!.FailedChecks);
            AssertAt(Single(result, MrzDiagnostics.CheckDigitCode), line, column);
            Assert.Equal(DiagnosticSeverity.Error, result.Issues.Single().Severity);
            Assert.Equal("TESTPERSON", result.Zone.FamilyName);
            Assert.Equal("VG4417203", result.Zone.DocumentNumber);
            Assert.Equal(PartialDate.Of(1981, 3, 14), result.Zone.DateOfBirth);
            Assert.Equal(PartialDate.Of(2033, 9, 2), result.Zone.Expiry);
        }

        [Fact]
        public void A_changed_document_number_fails_its_check_and_the_composite_in_that_order()
        {
            string[] broken = With(Td3(), 2, 3, '9');

            MrzParseResult result = Parse(broken);

            Assert.Equal([MrzCheck.DocumentNumber, MrzCheck.Composite], result.Zone!.FailedChecks);
            Assert.Equal("VG9417203", result.Zone.DocumentNumber);
            Assert.Equal(2, result.Issues.Count(d => d.Code == MrzDiagnostics.CheckDigitCode));
        }

        [Fact]
        public void Every_failed_check_is_listed_in_the_fixed_order()
        {
            string[] lines = Td3();
            foreach (int column in new[] { 44, 28, 10, 43, 20 })
            {
                lines = With(lines, 2, column, OtherDigit(lines[1][column - 1]));
            }

            MrzParseResult result = Parse(lines);

            Assert.Equal([MrzCheck.DocumentNumber, MrzCheck.DateOfBirth, MrzCheck.Expiry, MrzCheck.OptionalData, MrzCheck.Composite], result.Zone!.FailedChecks);
            Assert.Equal([10, 20, 28, 43, 44], result.Issues.Select(d => d.Position.Column!.Value));
        }

        [Fact]
        public void A_letter_in_a_check_digit_position_fails_the_check()
        {
            MrzParseResult result = Parse(With(Td3(), 2, 20, 'O'));

            Assert.Contains(MrzCheck.DateOfBirth, result.Zone!.FailedChecks);
            Diagnostic check = result.Issues.Single(d => d.Position.Field == "dateOfBirth");
            Assert.Contains("is 'O'", check.Message, StringComparison.Ordinal);
            AssertAt(check, 2, 20);
        }

        [Fact]
        public void Visas_have_no_composite_and_no_optional_data_check()
        {
            string[] visa = Td3(code: "V<", personal: "ANYTHING123");

            MachineReadableZone zone = Valid(With(visa, 2, 44, '7'));

            Assert.Equal("ANYTHING123<<<<7", zone.OptionalData);
        }
    }

    public sealed class LongDocumentNumbers
    {
        [Fact]
        public void A_long_td1_number_takes_its_overflow_from_the_optional_data()
        {
            string[] lines = Td1(state: "UTO", number: "D23145890734", nationality: "UTO");
            Assert.Equal("I<UTOD23145890<7349<<<<<<<<<<<", lines[0]); // the example of Doc 9303 Part 5

            MachineReadableZone zone = Valid(lines);

            Assert.Equal("D23145890734", zone.DocumentNumber);
            Assert.Equal(string.Empty, zone.OptionalData);
        }

        [Fact]
        public void Optional_data_after_the_overflow_is_kept()
        {
            MachineReadableZone zone = Valid(Td1(number: "AB123456789012", optional1: "K9"));

            Assert.Equal("AB123456789012", zone.DocumentNumber);
            Assert.Equal("K9", zone.OptionalData);
        }

        [Fact]
        public void A_wrong_overflow_check_digit_fails_the_document_number_at_the_overflow_check_position()
        {
            string[] lines = Td1(number: "D23145890734");
            Assert.Equal('9', lines[0][18]);

            MrzParseResult result = Parse(With(lines, 1, 19, '4'));

            Assert.Equal(MrzOutcome.Invalid, result.Outcome);
            Assert.Equal([MrzCheck.DocumentNumber, MrzCheck.Composite], result.Zone!.FailedChecks);
            Assert.Equal("D23145890734", result.Zone.DocumentNumber);
            Diagnostic check = result.Issues.First(d => d.Position.Field == "documentNumber");
            AssertAt(check, 1, 19);
        }

        [Fact]
        public void A_long_number_marker_without_overflow_is_reported_at_the_marker()
        {
            string[] lines = Td1();
            // Put '<' in the check digit position with nothing after it, and make the composite agree again.
            string line1 = lines[0][..14] + "<" + lines[0][15..];
            string body = lines[1][..29];
            string[] broken = [line1, body + Check(line1[5..30] + body[..7] + body[8..15] + body[18..29]), lines[2]];

            MrzParseResult result = Parse(broken);

            AssertAt(Single(result, MrzDiagnostics.LongNumberCode), 1, 15);
            Assert.Equal([MrzCheck.DocumentNumber], result.Zone!.FailedChecks);
            Assert.Equal("VG4417203", result.Zone.DocumentNumber);
        }

        [Fact]
        public void A_long_td2_number_takes_its_overflow_from_the_optional_data()
        {
            MachineReadableZone zone = Valid(Td2(number: "X1234567890", optional: "Z"));

            Assert.Equal("X1234567890", zone.DocumentNumber);
            Assert.Equal("Z", zone.OptionalData);
        }

        [Fact]
        public void A_wrong_td2_overflow_check_digit_fails_the_document_number()
        {
            string[] lines = Td2(number: "X1234567890");
            int column = 29 + 2; // "90" then the check digit
            MrzParseResult result = Parse(With(lines, 2, column, OtherDigit(lines[1][column - 1])));

            Assert.Contains(MrzCheck.DocumentNumber, result.Zone!.FailedChecks);
            AssertAt(result.Issues.First(d => d.Position.Field == "documentNumber"), 2, column);
        }
    }

    public sealed class Fields
    {
        [Fact]
        public void The_german_code_d_is_kept_as_sent_and_normalised_to_deu()
        {
            MachineReadableZone zone = Valid(Td3(state: "D<<", nationality: "D<<"));

            Assert.Equal("D", zone.IssuingState);
            Assert.Equal("DEU", zone.IssuingStateIso?.Value);
            Assert.Equal("D", zone.Nationality);
            Assert.Equal("DEU", zone.NationalityIso?.Value);
        }

        [Fact]
        public void A_british_class_code_is_kept_and_normalised_to_gbr()
        {
            MachineReadableZone zone = Valid(Td3(nationality: "GBD"));

            Assert.Equal("GBD", zone.Nationality);
            Assert.Equal("GBR", zone.NationalityIso?.Value);
        }

        [Fact]
        public void An_unknown_or_alpha2_country_code_is_a_located_warning()
        {
            MrzParseResult result = Parse(Td3(state: "DE<", nationality: "QQQ"));

            Assert.Equal(MrzOutcome.Valid, result.Outcome);
            Diagnostic[] warnings = [.. result.Issues.Where(d => d.Code == MrzDiagnostics.UnknownCountryCode)];
            Assert.Equal(2, warnings.Length);
            AssertAt(warnings[0], 1, 3);
            AssertAt(warnings[1], 2, 11);
            Assert.Equal("DE", result.Zone!.IssuingState);
            Assert.Equal("DEU", result.Zone.IssuingStateIso?.Value);
            Assert.Null(result.Zone.NationalityIso);
        }

        [Theory]
        [InlineData("74<<<<", "1974")]
        [InlineData("7408<<", "1974-08")]
        [InlineData("740812", "1974-08-12")]
        [InlineData("<<<<<<", "")]
        public void Birth_dates_may_be_partial(string dob, string expected)
        {
            MachineReadableZone zone = Valid(Td3(dob: dob));

            Assert.Equal(expected, zone.DateOfBirth.ToString());
        }

        [Theory]
        [InlineData("250601", "2025-06-01")] // today is not after today
        [InlineData("250602", "1925-06-02")] // tomorrow would be after today: the century before
        [InlineData("000229", "2000-02-29")]
        [InlineData("99<<<<", "1999")]
        [InlineData("25<<<<", "2025")]
        [InlineData("2507<<", "1925-07")]
        public void A_birth_date_takes_the_latest_century_not_after_today(string dob, string expected)
        {
            Assert.Equal(expected, Valid(Td3(dob: dob)).DateOfBirth.ToString());
        }

        [Theory]
        [InlineData("750101", "2075-01-01")] // 50 years ahead
        [InlineData("760101", "1976-01-01")] // 51 years ahead: the century before
        [InlineData("100101", "2010-01-01")]
        [InlineData("330902", "2033-09-02")]
        public void An_expiry_date_takes_the_year_within_50_years_of_today(string expiry, string expected)
        {
            Assert.Equal(expected, Valid(Td3(expiry: expiry)).Expiry.ToString());
        }

        [Theory]
        [InlineData("741340", 16, "no month 13")]
        [InlineData("740231", 18, "no day 31")]
        [InlineData("7A0812", 14, "expected digits")]
        [InlineData("<<0812", 14, "year is unknown")]
        [InlineData("74<<12", 16, "day is given without the month")]
        public void An_invalid_birth_date_is_a_located_error_and_the_rest_is_still_read(string dob, int column, string why)
        {
            MrzParseResult result = Parse(Td3(dob: dob));

            Assert.Equal(MrzOutcome.Invalid, result.Outcome);
            Diagnostic error = Single(result, MrzDiagnostics.InvalidDateCode);
            AssertAt(error, 2, column);
            Assert.Contains(why, error.Message, StringComparison.Ordinal);
            Assert.True(result.Zone!.DateOfBirth.IsUnknown);
            Assert.Equal("TESTPERSON", result.Zone.FamilyName);
            Assert.Empty(result.Zone.FailedChecks);
        }

        [Fact]
        public void An_invalid_expiry_date_is_located_on_the_expiry()
        {
            MrzParseResult result = Parse(Td1(expiry: "331302"));

            AssertAt(Single(result, MrzDiagnostics.InvalidDateCode), 2, 11);
            Assert.Equal("expiry", result.Issues[0].Position.Field);
        }

        [Theory]
        [InlineData('M', Gender.Male)]
        [InlineData('F', Gender.Female)]
        [InlineData('X', Gender.Unspecified)]
        [InlineData('<', Gender.Unknown)]
        public void Reads_the_sex(char sex, Gender expected)
        {
            Assert.Equal(expected, Valid(Td3(sex: sex)).Sex);
            Assert.Equal(expected, Valid(Td1(sex: sex)).Sex);
        }

        [Fact]
        public void Any_other_sex_is_a_located_error()
        {
            MrzParseResult result = Parse(Td1(sex: 'W'));

            AssertAt(Single(result, MrzDiagnostics.InvalidSexCode), 2, 8);
            Assert.Equal(Gender.Unknown, result.Zone!.Sex);
        }

        [Theory]
        [InlineData("VAN<DER<BERG<<JAN<PIETER", "VAN DER BERG", "JAN PIETER")]
        [InlineData("TESTPERSON", "TESTPERSON", "")]
        [InlineData("TESTPERSON<AMALIA", "TESTPERSON AMALIA", "")]
        [InlineData("O<NEILL<<MAIRE", "O NEILL", "MAIRE")]
        [InlineData("TESTPERSON<<ANNA<<MAE", "TESTPERSON", "ANNA MAE")]
        public void Names_split_at_the_double_filler_with_fillers_as_spaces(string name, string family, string given)
        {
            MachineReadableZone zone = Valid(Td3(name: name));

            Assert.Equal(family, zone.FamilyName);
            Assert.Equal(given, zone.GivenNames);
        }

        [Fact]
        public void A_name_that_fills_its_field_may_be_truncated_a_warning_at_its_last_character()
        {
            string name = "TESTPERSONWITHLONGNAME<<AUGUSTINA<MAEVE"; // the 39 characters of the field
            Assert.Equal(39, name.Length);
            MrzParseResult result = Parse(Td3(name: name));

            Assert.Equal(MrzOutcome.Valid, result.Outcome);
            AssertAt(Single(result, MrzDiagnostics.NameTruncatedCode), 1, 44);
            Assert.True(result.Zone!.NameMayBeTruncated);
            Assert.Equal("AUGUSTINA MAEVE", result.Zone.GivenNames);
        }

        [Fact]
        public void A_td1_name_that_fills_line_3_may_be_truncated()
        {
            MrzParseResult result = Parse(Td1(name: "TESTPERSONWITHLONGNAME<<AUGUST"));

            AssertAt(Single(result, MrzDiagnostics.NameTruncatedCode), 3, 30);
        }

        [Fact]
        public void A_name_without_primary_identifier_is_a_warning()
        {
            MrzParseResult result = Parse(Td3(name: "<<AUGUSTA"));

            AssertAt(Single(result, MrzDiagnostics.NoPrimaryIdentifierCode), 1, 6);
            Assert.Equal(string.Empty, result.Zone!.FamilyName);
            Assert.Equal("AUGUSTA", result.Zone.GivenNames);
        }

        [Fact]
        public void An_empty_name_or_document_number_is_a_located_error()
        {
            MrzParseResult noName = Parse(Td3(name: string.Empty));
            AssertAt(Single(noName, MrzDiagnostics.EmptyFieldCode), 1, 6);

            MrzParseResult noNumber = Parse(Td3(number: string.Empty));
            AssertAt(Single(noNumber, MrzDiagnostics.EmptyFieldCode), 2, 1);
            Assert.Equal(MrzOutcome.Invalid, noNumber.Outcome);
        }

        [Fact]
        public void A_document_code_that_does_not_start_with_a_letter_is_an_error()
        {
            MrzParseResult result = Parse(Td1(code: "1<"));

            AssertAt(Single(result, MrzDiagnostics.InvalidDocumentCodeCode), 1, 1);
        }

        [Fact]
        public void A_document_code_unusual_for_the_layout_is_a_warning()
        {
            MrzParseResult result = Parse(Td3(code: "I<"));

            Assert.Equal(MrzOutcome.Valid, result.Outcome);
            AssertAt(Single(result, MrzDiagnostics.UnexpectedDocumentCodeCode), 1, 1);
        }
    }

    public sealed class Layout
    {
        [Fact]
        public void Tolerates_crlf_blank_lines_and_spaces_around_lines()
        {
            string[] lines = Td3();
            string text = "\r\n\r\n  " + lines[0] + "  \r\n\r\n\t" + lines[1] + " \r\n\r\n";

            MrzParseResult result = Parse(text);

            Assert.Equal(MrzOutcome.Valid, result.Outcome);
            Assert.Empty(result.Issues);
            Assert.Equal("VG4417203", result.Zone!.DocumentNumber);
        }

        [Fact]
        public void Positions_are_those_of_the_input_lines_and_columns()
        {
            string[] lines = WithComposite(With(Td3(), 2, 20, '0'));
            string text = "\r\n  " + lines[0] + "\r\n\r\n   " + lines[1] + "\r\n";

            MrzParseResult result = Parse(text);

            AssertAt(Single(result, MrzDiagnostics.CheckDigitCode), 4, 23);
        }

        [Fact]
        public void A_byte_order_mark_and_lone_cr_line_breaks_are_tolerated()
        {
            string[] lines = Td1();
            byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.ASCII.GetBytes(string.Join('\r', lines))];

            MrzParseResult result = MrzParser.Parse(bytes, Today);

            Assert.Equal(MrzOutcome.Valid, result.Outcome);
        }

        [Fact]
        public void A_line_one_character_short_is_read_with_a_filler_and_reported()
        {
            string[] lines = Td3(personal: string.Empty);
            string[] shortened = [lines[0][..43], lines[1]];

            MrzParseResult result = Parse(shortened);

            Assert.Equal(MrzOutcome.Invalid, result.Outcome);
            Diagnostic error = Single(result, MrzDiagnostics.LineTooShortCode);
            AssertAt(error, 1, 44);
            Assert.Contains("43 characters", error.Message, StringComparison.Ordinal);
            Assert.Contains("1 character missing", error.Message, StringComparison.Ordinal);
            Assert.Single(result.Issues);
            Assert.Equal("AUGUSTA MAE", result.Zone!.GivenNames);
        }

        [Fact]
        public void A_data_line_whose_trailing_fillers_were_stripped_still_gives_every_field()
        {
            string[] lines = Td2();
            string[] stripped = [lines[0].TrimEnd('<'), lines[1]];

            MrzParseResult result = Parse(stripped);

            Assert.Equal(MrzFormat.Td2, result.Zone!.Format);
            Assert.Equal("AUGUSTA MAE", result.Zone.GivenNames);
            Assert.Empty(result.Zone.FailedChecks);
            Assert.Equal(MrzDiagnostics.LineTooShortCode, Assert.Single(result.Issues).Code);
        }

        [Fact]
        public void A_line_one_character_long_is_cut_and_reported_at_the_extra_character()
        {
            string[] lines = Td3();
            string[] longer = [lines[0], lines[1] + "7"];

            MrzParseResult result = Parse(longer);

            Diagnostic error = Single(result, MrzDiagnostics.LineTooLongCode);
            AssertAt(error, 2, 45);
            Assert.Contains("'7'", error.Message, StringComparison.Ordinal);
            Assert.Empty(result.Zone!.FailedChecks);
        }

        [Fact]
        public void A_missing_line_is_reported_and_the_other_lines_are_still_read()
        {
            string[] lines = Td1();

            MrzParseResult result = Parse([lines[0], lines[1]]);

            Assert.Equal(MrzOutcome.Invalid, result.Outcome);
            Diagnostic error = Single(result, MrzDiagnostics.MissingLineCode);
            AssertAt(error, 3, 1);
            Assert.Contains("line 3 (name)", error.Message, StringComparison.Ordinal);
            Assert.Equal("VG4417203", result.Zone!.DocumentNumber);
            Assert.Equal(PartialDate.Of(1981, 3, 14), result.Zone.DateOfBirth);
            Assert.Null(result.Zone.FamilyName);
            Assert.Empty(result.Zone.FailedChecks);
            Assert.Equal(string.Empty, result.Zone.Lines[2]);
        }

        [Fact]
        public void A_missing_first_line_is_recognised_from_the_content_of_the_others()
        {
            string[] lines = Td1();

            MrzParseResult result = Parse([lines[1], lines[2]]);

            AssertAt(Single(result, MrzDiagnostics.MissingLineCode), 1, 1);
            Assert.Equal("TESTPERSON", result.Zone!.FamilyName);
            Assert.Equal(PartialDate.Of(2033, 9, 2), result.Zone.Expiry);
            Assert.Null(result.Zone.DocumentNumber);
        }

        [Fact]
        public void A_lone_passport_data_line_is_read_as_line_2()
        {
            MrzParseResult result = Parse([Td3()[1]]);

            Assert.Equal(MrzFormat.Td3, result.Zone!.Format);
            AssertAt(Single(result, MrzDiagnostics.MissingLineCode), 1, 1);
            Assert.Equal("VG4417203", result.Zone.DocumentNumber);
            Assert.Null(result.Zone.FamilyName);
        }

        [Fact]
        public void An_extra_line_is_reported_and_ignored()
        {
            string[] lines = Td3();

            MrzParseResult result = Parse(["SCANNED PASSPORT", lines[0], lines[1]]);

            Assert.Equal(MrzOutcome.Invalid, result.Outcome);
            AssertAt(Single(result, MrzDiagnostics.ExtraLineCode), 1, 1);
            Assert.Equal("VG4417203", result.Zone!.DocumentNumber);
            Assert.Empty(result.Zone.FailedChecks);
        }

        [Fact]
        public void Lines_run_together_are_read_apart()
        {
            string[] lines = Td3();

            MrzParseResult result = Parse(lines[0] + lines[1]);

            Assert.Equal(MrzOutcome.Invalid, result.Outcome);
            AssertAt(Single(result, MrzDiagnostics.LinesJoinedCode), 1, 45);
            Assert.Equal("VG4417203", result.Zone!.DocumentNumber);
            Assert.Empty(result.Zone.FailedChecks);
        }

        [Fact]
        public void Lines_run_together_with_a_character_lost_are_read_apart_and_the_short_line_reported()
        {
            string[] lines = Td3(personal: string.Empty);

            MrzParseResult result = Parse(lines[0] + lines[1][..43]);

            AssertAt(Single(result, MrzDiagnostics.LinesJoinedCode), 1, 45);
            AssertAt(Single(result, MrzDiagnostics.LineTooShortCode), 1, 88);
            Assert.Equal("VG4417203", result.Zone!.DocumentNumber);
        }

        [Fact]
        public void Td1_lines_run_together_are_read_apart()
        {
            string[] lines = Td1();

            MrzParseResult result = Parse([lines[0] + lines[1], lines[2]]);

            AssertAt(Single(result, MrzDiagnostics.LinesJoinedCode), 1, 31);
            Assert.Equal(MrzFormat.Td1, result.Zone!.Format);
            Assert.Empty(result.Zone.FailedChecks);
        }

        [Fact]
        public void A_lower_case_zone_is_reported_once_per_run_and_read_in_capitals()
        {
            string[] lines = Td3();
            string[] lower = [lines[0][..5] + lines[0][5..15].ToLowerInvariant() + lines[0][15..], lines[1]];

            MrzParseResult result = Parse(lower);

            Assert.Equal(MrzOutcome.Invalid, result.Outcome);
            AssertAt(Single(result, MrzDiagnostics.LowerCaseCode), 1, 6);
            Assert.Equal("TESTPERSON", result.Zone!.FamilyName);
            Assert.Empty(result.Zone.FailedChecks);
        }

        [Fact]
        public void A_character_outside_the_alphabet_is_reported_at_its_line_and_column()
        {
            string[] lines = With(Td3(), 1, 9, ' ');

            MrzParseResult result = Parse(lines);

            Assert.Equal(MrzOutcome.Invalid, result.Outcome);
            AssertAt(Single(result, MrzDiagnostics.InvalidCharacterCode), 1, 9);
        }

        [Fact]
        public void A_bad_character_in_a_checked_field_also_fails_that_check()
        {
            MrzParseResult result = Parse(With(Td3(), 2, 3, '#'));

            AssertAt(Single(result, MrzDiagnostics.InvalidCharacterCode), 2, 3);
            Assert.Equal([MrzCheck.DocumentNumber, MrzCheck.Composite], result.Zone!.FailedChecks);
        }

        [Fact]
        public void Non_ascii_utf8_is_read_and_reported_by_character_column()
        {
            string[] lines = With(Td3(), 1, 10, 'É');

            MrzParseResult result = Parse(lines);

            AssertAt(Single(result, MrzDiagnostics.InvalidCharacterCode), 1, 10);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   \r\n\r\n\t\n")]
        public void An_empty_file_is_unreadable_with_a_located_issue(string text)
        {
            MrzParseResult result = Parse(text);

            Assert.Equal(MrzOutcome.Unreadable, result.Outcome);
            Assert.Null(result.Zone);
            AssertAt(Assert.Single(result.Issues), 1, 1);
            Assert.Equal(MrzDiagnostics.EmptyInputCode, result.Issues[0].Code);
        }

        [Theory]
        [InlineData("HELLO")]
        [InlineData("UNA:+.? 'UNB+UNOA:4+SENDER+RECIPIENT+250314:2200+1'UNH+1+PAXLST:D:05B:UN:IATA'")]
        [InlineData("{\"id\": \"T1\", \"name\": \"Testperson Example\", \"dob\": \"1981-03-14\", \"k\": 1}\n{\"id\": 2}")]
        public void Text_that_is_not_a_zone_is_unreadable(string text)
        {
            MrzParseResult result = Parse(text);

            Assert.Equal(MrzOutcome.Unreadable, result.Outcome);
            Diagnostic issue = Assert.Single(result.Issues);
            Assert.Equal(MrzDiagnostics.NotAZoneCode, issue.Code);
            AssertAt(issue, 1, 1);
        }

        [Fact]
        public void Input_larger_than_the_limit_is_unreadable()
        {
            byte[] big = new byte[MrzParser.MaxInputBytes + 1];
            big.AsSpan().Fill((byte)'<');

            MrzParseResult result = MrzParser.Parse(big, Today);

            Assert.Equal(MrzOutcome.Unreadable, result.Outcome);
            Assert.Equal(MrzDiagnostics.TooLargeCode, Assert.Single(result.Issues).Code);
        }

        [Fact]
        public void Issues_are_ordered_by_line_and_column()
        {
            string[] lines = With(With(Td3(), 2, 28, '0'), 1, 3, 'q');

            MrzParseResult result = Parse(lines);

            int[] keys = [.. result.Issues.Select(d => (d.Position.Line!.Value * 100) + d.Position.Column!.Value)];
            Assert.Equal(keys.Order(), keys);
            Assert.True(keys.Length >= 2);
        }
    }
}
