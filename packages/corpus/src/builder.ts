/** Text written piece by piece, with the offset of every piece known as it is written. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private size = 0;

  get length(): number {
    return this.size;
  }

  /** Appends text; returns its start offset. */
  add(text: string): number {
    const at = this.size;
    this.parts.push(text);
    this.size += text.length;
    return at;
  }

  /** Appends a paragraph: text followed by a blank line. */
  para(text: string): number {
    const at = this.add(text);
    this.add("\n\n");
    return at;
  }

  /** Appends one line. */
  line(text: string): number {
    const at = this.add(text);
    this.add("\n");
    return at;
  }

  /** Ends the current block with a blank line (if the text does not already end with one). */
  gap(): void {
    const last = this.parts[this.parts.length - 1] ?? "";
    if (this.size === 0 || last.endsWith("\n\n")) return;
    this.add(last.endsWith("\n") ? "\n" : "\n\n");
  }

  toString(): string {
    return this.parts.join("").trimEnd();
  }
}
