// The single React Email layout every Vigie email uses: heading, paragraphs, one action button.
import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";

export interface EmailContent {
  locale: "fr" | "en";
  preview: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
}

export function EmailLayout({ locale, preview, heading, paragraphs, action, footer }: EmailContent) {
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f1f5f9", fontFamily: "Arial, sans-serif", color: "#1e293b" }}>
        <Container
          style={{
            backgroundColor: "#ffffff",
            margin: "24px auto",
            padding: "24px",
            maxWidth: "560px",
            borderTop: "6px solid #1a325b",
          }}
        >
          <Text style={{ fontSize: "20px", fontWeight: 700, color: "#1a325b", margin: 0 }}>Vigie</Text>
          <Heading as="h1" style={{ fontSize: "22px", color: "#132544" }}>
            {heading}
          </Heading>
          {paragraphs.map((p) => (
            <Text key={p} style={{ fontSize: "16px", lineHeight: "24px" }}>
              {p}
            </Text>
          ))}
          {action ? (
            <Section style={{ margin: "24px 0" }}>
              <Button
                href={action.url}
                style={{
                  backgroundColor: "#1a325b",
                  color: "#ffffff",
                  padding: "12px 20px",
                  borderRadius: "4px",
                  fontWeight: 700,
                }}
              >
                {action.label}
              </Button>
              <Text style={{ fontSize: "13px", color: "#475569" }}>
                <Link href={action.url}>{action.url}</Link>
              </Text>
            </Section>
          ) : null}
          <Hr />
          <Text style={{ fontSize: "13px", color: "#475569" }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
