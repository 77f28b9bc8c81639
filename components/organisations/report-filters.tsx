// The manager's filters: a plain GET form, so they work without JavaScript and live in the URL.
import { getTranslations } from "next-intl/server";
import { TRACKS } from "@/lib/account/tracks";
import type { ReportFilters as Filters } from "@/lib/organisations/rules";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/form/filter-form";

export async function ReportFilters({ filters, locale }: { filters: Filters; locale: string }) {
  const t = await getTranslations({ locale, namespace: "organisations" });
  const any = { value: "", label: t("filterAny") };
  return (
    <FilterForm
      label={t("filtersTitle")}
      submitLabel={t("filterApply")}
      className="grid gap-3 sm:grid-cols-4 sm:items-end"
    >
      <FilterSelect
        id="filter-track"
        name="track"
        label={t("filterTrack")}
        defaultValue={filters.track ?? ""}
        options={[any, ...TRACKS.map((tr) => ({ value: tr, label: t(`track_${tr}`) }))]}
      />
      <FilterSelect
        id="filter-certified"
        name="certified"
        label={t("filterCertified")}
        defaultValue={filters.certified ?? ""}
        options={[
          any,
          { value: "yes", label: t("filterCertifiedYes") },
          { value: "no", label: t("filterCertifiedNo") },
        ]}
      />
      <FilterInput
        id="filter-unit"
        name="unit"
        label={t("filterUnit")}
        defaultValue={filters.unit ?? ""}
        maxLength={10}
      />
    </FilterForm>
  );
}
