import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { RowMenu, type RowMenuItem } from "@/components/reader/row-menu";

/** A row with its menu and a record of what was chosen, the way the reader's rows use it. */
function Harness({ extra = [] }: { extra?: RowMenuItem[] }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const choose = (id: string) => () => setChosen((list) => [...list, id]);
  return (
    <div>
      <p>Outside the row</p>
      <RowMenu
        text="Actions"
        label="Actions for paragraph 2"
        items={[
          { id: "edit", label: "Edit", onSelect: choose("edit"), returnFocus: false },
          { id: "history", label: "History", onSelect: choose("history") },
          { id: "copy", label: "Copy this paragraph pair", onSelect: choose("copy") },
          ...extra,
        ]}
      />
      <output>{chosen.join(",")}</output>
    </div>
  );
}

const button = () => screen.getByRole("button", { name: "Actions for paragraph 2" });

describe("a row's action menu", () => {
  it("opens from the keyboard, moves with the arrow keys, and closes on Escape back to its button", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.queryByRole("menu")).toBeNull();
    button().focus();
    await user.keyboard("{Enter}");
    expect(button()).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("menuitem", { name: "Edit" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("menuitem", { name: "History" })).toHaveFocus();
    await user.keyboard("{ArrowDown}{ArrowDown}");
    // Past the last item the arrow wraps to the first.
    expect(screen.getByRole("menuitem", { name: "Edit" })).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(screen.getByRole("menuitem", { name: "Copy this paragraph pair" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).toBeNull();
    expect(button()).toHaveFocus();

    // ArrowDown on the button opens it too, and Space opens it.
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("menuitem", { name: "Edit" })).toHaveFocus();
    await user.keyboard("{Escape}");
    await user.keyboard(" ");
    expect(screen.getByRole("menu")).toBeInTheDocument();
  });

  it("runs the chosen item, returning focus to the button unless the item takes it", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(button());
    await user.keyboard("{ArrowDown}{Enter}");
    expect(screen.getByRole("status")).toHaveTextContent("history");
    expect(screen.queryByRole("menu")).toBeNull();
    expect(button()).toHaveFocus();
    await user.click(button());
    await user.click(screen.getByRole("menuitem", { name: "Edit" }));
    expect(screen.getByRole("status")).toHaveTextContent("history,edit");
    expect(button()).not.toHaveFocus();
  });

  it("closes on a click outside", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(button());
    expect(screen.getByRole("menu")).toBeInTheDocument();
    await user.click(screen.getByText("Outside the row"));
    expect(screen.queryByRole("menu")).toBeNull();
  });

  it("takes a new action as one more item", async () => {
    const user = userEvent.setup();
    let compared = 0;
    render(
      <Harness
        extra={[{ id: "compare", label: "Compare with…", onSelect: () => (compared += 1) }]}
      />,
    );
    await user.click(button());
    await user.keyboard("{End}");
    expect(screen.getByRole("menuitem", { name: "Compare with…" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(compared).toBe(1);
  });
});
